package cn.jiangxin.benefit;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every talent's entitlements as a paged list for Bureau staff ({@code /benefits/entitlements}): by measure, active
 * or lapsed today, the person's name; with the export of exactly the filter.
 */
@Component
class EntitlementListing {

    static final ListSpec SPEC = ListSpec.of("/benefits/entitlements", "e.id")
            .sort("from", "e.valid_from").sort("until", "e.valid_until_exclusive").sort("name", "p.name")
            .sort("measure", "e.code").defaultSort("from", true)
            .seekable("from", "until", "name", "measure").withSearch()
            .choice("measure", MeasureNames.CODES.toArray(String[]::new)).choice("state", "active", "lapsed");

    private final EntitlementStore store;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    EntitlementListing(EntitlementStore store, AuditTrail audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    PageOf<ListedEntitlement> page(ListQuery query) {
        return store.page(query, today());
    }

    /** Records the export (who, which filter, how many) in the audit log, then streams the rows. */
    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        LocalDate today = today();
        audit.recordIndependently(new AuditEvent(user.username(), "ENTITLEMENTS_EXPORTED", "entitlement", "",
                AuditEvent.Outcome.SUCCESS, store.count(query, today) + " entitlements; " + query.describe()));
        ExcelTable table = ExcelTable.start(out, text("benefit.entitlements.title", locale), List.of(
                ExcelColumn.text(text("benefit.col.person", locale)), ExcelColumn.text(text("benefit.col.measure", locale)),
                ExcelColumn.text(text("benefit.col.from", locale)), ExcelColumn.text(text("benefit.col.until", locale)),
                ExcelColumn.number(text("benefit.col.quota", locale)), ExcelColumn.text(text("benefit.col.status", locale))));
        try (Stream<ListedEntitlement> rows = store.all(query, today)) {
            rows.forEach(r -> {
                Entitlement e = r.on(today);
                table.row(r.personName(), text("benefit.measure." + e.code(), locale), e.period().start().toString(),
                        e.lastDay().toString(), e.quotaPerYear(), text("benefit.status." + e.status(), locale));
            });
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
