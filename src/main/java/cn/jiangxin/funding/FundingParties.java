package cn.jiangxin.funding;

import java.util.Optional;

import cn.jiangxin.ledger.LedgerParties;
import org.springframework.stereotype.Component;

/** Names the units the studio funding postings use as ledger parties ({@code UNIT:5}). */
@Component
class FundingParties implements LedgerParties {

    private final FundingStore store;

    FundingParties(FundingStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> nameOf(String party) {
        String id = party.startsWith("UNIT:") ? party.substring("UNIT:".length()) : "";
        return id.matches("[0-9]{1,18}") ? store.unitName(Long.parseLong(id)) : Optional.empty();
    }
}
