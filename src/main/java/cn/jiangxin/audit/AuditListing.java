package cn.jiangxin.audit;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
 * The audit log as a paged list ({@code /admin/audit}): search, filters by actor, action, outcome, object and date
 * range, sorting, and the Excel export of exactly the filtered entries, itself recorded in the log.
 */
@Component
class AuditListing {

    static final ListSpec SPEC = ListSpec.of("/admin/audit", "id")
            .sort("at", "recorded_at").sort("actor", "actor").sort("action", "action").sort("outcome", "outcome")
            .defaultSort("at", true).seekable("at", "actor", "action", "outcome").withSearch()
            .text("actor").text("action").choice("outcome", "SUCCESS", "DENIED", "FAILED")
            .text("objectType").text("objectId").date("from").date("to");

    private final AuditStore store;
    private final AuditTrail trail;
    private final MessageSource messages;

    AuditListing(AuditStore store, AuditTrail trail, MessageSource messages) {
        this.store = store;
        this.trail = trail;
        this.messages = messages;
    }

    PageOf<AuditRecord> page(ListQuery query) {
        return store.page(query);
    }

    List<String> actions() {
        return store.actions();
    }

    /** Records the export (who, which filter, how many entries) in the log, then streams the entries. */
    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        long count = store.count(query);
        trail.recordIndependently(new AuditEvent(AuditTrail.signedIn(), "AUDIT_LOG_EXPORTED", "audit_entry", "",
                AuditEvent.Outcome.SUCCESS, count + " entries; " + query.describe()));
        ExcelTable table = ExcelTable.start(out, text("audit.title", locale), List.of(
                ExcelColumn.number("#"), ExcelColumn.text(text("audit.at", locale)),
                ExcelColumn.text(text("audit.actor", locale)), ExcelColumn.text(text("audit.action", locale)),
                ExcelColumn.text(text("audit.objectType", locale)), ExcelColumn.text(text("audit.objectId", locale)),
                ExcelColumn.text(text("audit.outcome", locale)), ExcelColumn.text(text("audit.detail", locale))));
        try (Stream<AuditRecord> entries = store.all(query)) {
            entries.forEach(e -> table.row(e.id(), BeijingTime.dateTimeWithSeconds(e.recordedAt()), e.actor(),
                    messages.getMessage("audit.action." + e.action(), null, e.action(), locale), e.objectType(),
                    e.objectId(), text("audit.outcome." + e.outcome(), locale),
                    e.detail()));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
