package cn.jiangxin.payment;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.identity.AccountNames;
import cn.jiangxin.identity.CurrentUser;
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
 * Payment batches as a paged list for finance ({@code /payments/batches}): search by batch number or a payee
 * paid in it, filters by state, by maker (the signed-in user or the others: the batches one may approve), exported or
 * not and the day made, sorting, and the Excel export of exactly the batches found with their total.
 */
@Component
public class BatchListing {

    /** The list's address; {@code /rewards/batches}, its address before studio funding, shows the same list. */
    public static final String PATH = "/payments/batches";
    public static final String REWARD_PATH = "/rewards/batches";
    public static final ListSpec SPEC = spec(PATH);
    static final ListSpec REWARD_SPEC = spec(REWARD_PATH);

    /** The list at that address (its paging and sorting links go there). */
    public static ListSpec spec(String path) {
        return ListSpec.of(path, "b.id").sort("number", "b.id").sort("made", "b.created_at").sort("state", "b.state")
                .sort("lines", "b.line_count").sort("total", "b.total_fen").defaultSort("number", true)
                .seekable("made", "state", "lines", "total").withSearch()
                .choice("state", Arrays.stream(PaymentBatch.State.values()).map(Enum::name).toArray(String[]::new))
                .choice("maker", "me", "others").choice("exported", "yes", "no").date("from").date("to");
    }

    private final PaymentBatchStore store;
    private final AccountNames names;
    private final MessageSource messages;

    BatchListing(PaymentBatchStore store, AccountNames names, MessageSource messages) {
        this.store = store;
        this.names = names;
        this.messages = messages;
    }

    PageOf<PaymentBatch> page(CurrentUser user, ListQuery query) {
        Batches.requireFinance(user);
        return store.page(query, user.accountId());
    }

    public long count(CurrentUser user, ListQuery query) {
        Batches.requireFinance(user);
        return store.count(query, user.accountId());
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        Batches.requireFinance(user);
        ExcelTable table = ExcelTable.start(out, text("batch.title", locale), List.of(
                ExcelColumn.text(text("batch.id", locale)), ExcelColumn.text(text("batch.state", locale)),
                ExcelColumn.text(text("batch.maker", locale)), ExcelColumn.text(text("batch.created", locale)),
                ExcelColumn.text(text("batch.checker", locale)), ExcelColumn.text(text("batch.decided", locale)),
                ExcelColumn.text(text("batch.exportedAt", locale)), ExcelColumn.number(text("batch.lines", locale)),
                ExcelColumn.amount(text("batch.total", locale))));
        try (Stream<PaymentBatch> rows = store.all(query, user.accountId())) {
            rows.forEach(b -> table.row(b.number(), text("batch.state." + b.state(), locale), names.of(b.makerName()),
                    BeijingTime.dateTime(b.createdAt()), names.of(b.checkerName()),
                    b.decidedAt() == null ? "" : BeijingTime.dateTime(b.decidedAt()),
                    b.exportedAt() == null ? "" : BeijingTime.dateTime(b.exportedAt()), b.lineCount(), b.totalFen()));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
