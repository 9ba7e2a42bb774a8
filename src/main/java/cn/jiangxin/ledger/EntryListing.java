package cn.jiangxin.ledger;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.jiangxin.identity.AccountNames;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ledger entries as a paged list ({@code /ledger}): search by memo or business key, filters by an account the entry
 * moves, its kind and the day posted, sorting, and the Excel export of exactly the entries found, each with its lines
 * in words and its amount, and a total row.
 */
@Component
class EntryListing {

    static final List<String> KINDS = List.of("ALLOCATION", "COMMITMENT", "PAYMENT", "REVERSAL");

    static final ListSpec SPEC = ListSpec.of("/ledger", "e.id")
            .sort("number", "e.id").sort("posted", "e.posted_at").sort("amount", "s.debit_fen")
            .sort("postedBy", "e.posted_by").defaultSort("number", true)
            .seekable("posted", "amount", "postedBy").withSearch()
            .choice("account", java.util.Arrays.stream(LedgerAccount.values()).map(Enum::name).toArray(String[]::new))
            .choice("kind", KINDS.toArray(String[]::new)).date("from").date("to");

    private final LedgerStore store;
    private final PartyNames parties;
    private final AccountNames names;
    private final MessageSource messages;

    EntryListing(LedgerStore store, PartyNames parties, AccountNames names, MessageSource messages) {
        this.store = store;
        this.parties = parties;
        this.names = names;
        this.messages = messages;
    }

    PageOf<Entry> page(ListQuery query) {
        return store.page(query);
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("ledger.entries.title", locale), List.of(
                ExcelColumn.number(text("ledger.entry", locale)), ExcelColumn.text(text("ledger.postedAt", locale)),
                ExcelColumn.text(text("ledger.memo", locale)), ExcelColumn.text(text("ledger.key", locale)),
                ExcelColumn.text(text("ledger.postedBy", locale)), ExcelColumn.text(text("ledger.lines", locale)),
                ExcelColumn.amount(text("ledger.amount", locale))));
        store.forEach(query, e -> table.row(e.id(), BeijingTime.dateTimeWithSeconds(e.postedAt()), e.memo(),
                e.businessKey(), names.of(e.postedBy()), lines(e, locale), e.amountFen()));
        table.finish();
    }

    /** E.g. {@code 借 应付奖励 王芳 100,000.00；贷 奖励预算可用额度 100,000.00}. */
    private String lines(Entry e, Locale locale) {
        return e.lines().stream().map(l -> line(l, locale)).collect(Collectors.joining("；"));
    }

    private String line(PostingLine l, Locale locale) {
        String party = l.party() == null ? "" : " " + parties.of(l.party());
        return text(l.isDebit() ? "ledger.dr" : "ledger.cr", locale) + " "
                + text("ledger.account." + l.account(), locale) + party + " " + Money.yuan(Math.abs(l.amountFen()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
