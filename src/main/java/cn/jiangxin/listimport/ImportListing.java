package cn.jiangxin.listimport;

import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported lists as a paged list ({@code /imports}: search by source or file name, filter by kind, status, upload
 * day and rejected rows not yet downloaded; sorting; the Excel export of exactly the lists found), a list's progress,
 * and its rejected rows (paged, and as Excel with the cells as read and the reasons).
 */
@Component
class ImportListing {

    static final ListSpec SPEC = ListSpec.of("/imports", "l.id")
            .sort("uploaded", "l.uploaded_at").sort("source", "l.source").sort("read", "l.rows_read")
            .defaultSort("uploaded", true).seekable("uploaded", "source").withSearch()
            .choice("kind", names(ImportKind.values())).choice("status", names(ImportStatus.values()))
            .choice("rejected", "unreviewed").date("from").date("to");

    /** Policy staff's to-do: lists done with rejected rows nobody downloaded yet. */
    static final Map<String, String> UNREVIEWED = Map.of("rejected", "unreviewed");
    /** Policy staff's to-do: lists whose columns are confirmed but whose import was not started. */
    static final Map<String, String> NOT_STARTED = Map.of("status", ImportStatus.MAPPED.name());

    private final ImportListingStore store;
    private final AccountDirectory accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final AuditTrail audit;

    ImportListing(ImportListingStore store, AccountDirectory accounts, MessageSource messages, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    private static String[] names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toArray(String[]::new);
    }

    /** The rejected rows of one list, paged in row order. */
    static ListSpec rejectedSpec(long listId) {
        return ListSpec.of("/imports/" + listId + "/rejected", "r.row_no");
    }

    ImportListingStore.ListRow list(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("import list " + id));
    }

    PageOf<ImportListingStore.ListRow> page(ListQuery query) {
        return store.page(query);
    }

    long count(ListQuery query) {
        return store.count(query);
    }

    /** Who uploaded each list of a page, by account id, in words. */
    Map<Long, String> uploaders(List<ImportListingStore.ListRow> rows) {
        Map<Long, String> names = new HashMap<>();
        for (ImportListingStore.ListRow r : rows) {
            names.computeIfAbsent(r.uploadedBy(), this::uploader);
        }
        return names;
    }

    private String uploader(long accountId) {
        return accounts.ofAccount(accountId).map(AccountDirectory.Contact::displayName).orElse("");
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("imports.title", locale), List.of(
                ExcelColumn.text(text("imports.f.source", locale)), ExcelColumn.text(text("imports.f.kind", locale)),
                ExcelColumn.text(text("imports.f.file", locale)), ExcelColumn.text(text("imports.f.status", locale)),
                ExcelColumn.number(text("imports.p.read", locale)),
                ExcelColumn.number(text("imports.p.accepted", locale)),
                ExcelColumn.number(text("imports.p.rejected", locale)),
                ExcelColumn.number(text("imports.p.corrected", locale)),
                ExcelColumn.text(text("imports.f.uploadedAt", locale)),
                ExcelColumn.text(text("imports.f.uploadedBy", locale))));
        Map<Long, String> names = new HashMap<>();
        try (Stream<ImportListingStore.ListRow> rows = store.all(query)) {
            rows.forEach(r -> table.row(r.source(), text("imports.kind." + r.kind(), locale), r.fileName(),
                    text("imports.status." + r.status(), locale), r.read(), r.accepted(), r.rejected(), r.corrected(),
                    BeijingTime.dateTime(r.uploadedAt()), names.computeIfAbsent(r.uploadedBy(), this::uploader)));
        }
        table.finish();
    }

    PageOf<ImportListingStore.RejectedRow> rejected(long listId, ListQuery query) {
        return store.rejected(listId, query);
    }

    List<ImportListingStore.Correction> corrections(long listId) {
        return store.corrections(listId, 500);
    }

    /** Staff download the list's rejected rows: audited, and the to-do about them is done. */
    @Transactional
    void rejectedDownloaded(ImportListingStore.ListRow list) {
        audit.recordChange("IMPORT_REJECTED_EXPORTED", "import_list", list.id(), "rows=" + list.rejected());
        store.rejectedReviewed(list.id(), clock.instant());
    }

    /**
     * The rejected rows of a list as Excel: the row's number, its cells as read under the file's own headers (formula
     * text neutralised by the export) and a 原因 column with the reasons.
     */
    @Transactional(readOnly = true)
    void exportRejected(ImportListingStore.ListRow list, List<String> header, Locale locale, OutputStream out) {
        List<ExcelColumn> columns = new java.util.ArrayList<>();
        columns.add(ExcelColumn.number(text("imports.r.row", locale)));
        header.forEach(h -> columns.add(ExcelColumn.text(cn.jiangxin.platform.SpreadsheetText.safe(h))));
        columns.add(ExcelColumn.text(text("imports.r.reasons", locale)));
        ExcelTable table = ExcelTable.start(out, list.source(), columns);
        try (Stream<ImportListingStore.RejectedRow> rows = store.allRejected(list.id())) {
            rows.forEach(r -> {
                Object[] cells = new Object[header.size() + 2];
                cells[0] = r.rowNo();
                for (int i = 0; i < header.size(); i++) {
                    cells[i + 1] = i < r.cells().size() ? r.cells().get(i) : "";
                }
                cells[header.size() + 1] = String.join("；", r.reasons());
                table.row(cells);
            });
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
