package cn.jiangxin.notice;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
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
 * Objections as a paged list for Bureau staff ({@code /notices/objections}): open or resolved, of one notice, filed
 * within a date range, found by receipt number; with the export of exactly the filter. The objectors' contacts are
 * on every row, so each page that shows some and each export is audited.
 */
@Component
class ObjectionListing {

    static final ListSpec SPEC = ListSpec.of("/notices/objections", "o.id")
            .sort("received", "o.received_at").sort("receipt", "o.receipt_no").sort("name", "c.person_name")
            .sort("resolved", "o.resolved_at").defaultSort("received", false)
            .seekable("received", "receipt", "name").withSearch()
            .choice("status", "open", "resolved").id("batch").date("from").date("to");

    private final ObjectionStore store;
    private final AuditTrail audit;
    private final MessageSource messages;

    ObjectionListing(ObjectionStore store, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    PageOf<ObjectionView> page(CurrentUser user, ListQuery query) {
        PageOf<ObjectionView> page = store.page(query);
        if (!page.isEmpty()) {
            contactsShown(user, "objection list", page.rows().size() + " objections; " + query.describe());
        }
        return page;
    }

    long count(ListQuery query) {
        return store.count(query);
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        contactsShown(user, "objection export", store.count(query) + " objections; " + query.describe());
        ExcelTable table = ExcelTable.start(out, text("notice.objections.title", locale), List.of(
                ExcelColumn.text(text("notice.receipt.no", locale)), ExcelColumn.text(text("notice.receipt.filedAt", locale)),
                ExcelColumn.text(text("notice.name", locale)), ExcelColumn.text(text("notice.form.body", locale)),
                ExcelColumn.text(text("notice.objector", locale)), ExcelColumn.text(text("notice.contact", locale)),
                ExcelColumn.text(text("notice.col.status", locale)), ExcelColumn.text(text("notice.objection.reason", locale))));
        try (Stream<ObjectionView> rows = store.all(query)) {
            rows.forEach(o -> table.row(o.receiptNo(), BeijingTime.dateTime(o.receivedAt()), o.personName(), o.body(),
                    o.objectorName(), o.contact(),
                    o.isOpen() ? text("notice.objection.open", locale) : text("notice.outcome." + o.outcome(), locale),
                    o.outcomeReason()));
        }
        table.finish();
    }

    private void contactsShown(CurrentUser user, String where, String detail) {
        audit.recordIndependently(new AuditEvent(user.username(), "READ_OBJECTOR_CONTACTS", "notice_objection",
                where, AuditEvent.Outcome.SUCCESS, detail));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
