package cn.jiangxin.ledger;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.identity.AccountNames;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget allocations as a paged list ({@code /ledger/allocations}): search by reference, filters by budget line, reversed or not and
 * the allocation date, sorting, and the Excel export of exactly the allocations found with their total.
 */
@Component
class AllocationListing {

    static final ListSpec SPEC = ListSpec.of("/ledger/allocations", "a.id")
            .sort("allocatedOn", "a.allocated_on").sort("reference", "a.reference").sort("amount", "a.amount_fen")
            .sort("recorded", "a.recorded_at").defaultSort("allocatedOn", true)
            .seekable("allocatedOn", "reference", "amount", "recorded").withSearch()
            .choice("line", Arrays.stream(BudgetLine.values()).map(Enum::name).toArray(String[]::new))
            .choice("reversed", "yes", "no").date("from").date("to");

    private final AllocationStore store;
    private final AccountNames names;
    private final MessageSource messages;

    AllocationListing(AllocationStore store, AccountNames names, MessageSource messages) {
        this.store = store;
        this.names = names;
        this.messages = messages;
    }

    PageOf<Allocation> page(ListQuery query) {
        return store.page(query);
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("alloc.title", locale), List.of(
                ExcelColumn.text(text("alloc.date", locale)), ExcelColumn.text(text("alloc.reference", locale)),
                ExcelColumn.text(text("alloc.recordedBy", locale)), ExcelColumn.text(text("alloc.recordedAt", locale)),
                ExcelColumn.text(text("alloc.status", locale)), ExcelColumn.amount(text("alloc.amount", locale)),
                ExcelColumn.text(text("alloc.line", locale))));
        try (Stream<Allocation> rows = store.all(query)) {
            rows.forEach(a -> table.row(a.allocatedOn().toString(), a.reference(), names.of(a.recordedBy()),
                    BeijingTime.dateTime(a.recordedAt()), text(a.reversed() ? "alloc.reversed" : "alloc.inForce", locale),
                    a.amountFen(), text("budgetLine." + a.line(), locale)));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
