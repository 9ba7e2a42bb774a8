package cn.jiangxin.ledger;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How pages and exports name a party of a ledger line: by the name the posting module gives it ({@link LedgerParties}),
 * else as recorded. Templates call it as {@code ${@ledgerPartyNames.of(party)}}.
 */
@Component("ledgerPartyNames")
class PartyNames {

    private final List<LedgerParties> sources;

    PartyNames(List<LedgerParties> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Public for the templates, which call it through Spring's expression language. */
    public String of(String party) {
        if (party == null) {
            return "";
        }
        return sources.stream().map(s -> s.nameOf(party)).flatMap(Optional::stream).findFirst().orElse(party);
    }
}
