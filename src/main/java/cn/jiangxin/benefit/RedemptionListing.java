package cn.jiangxin.benefit;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Uses of services as a paged list ({@code /benefits/redemptions}): by venue, service, counted or taken back, the
 * day of use and the person's name; with the export of exactly the filter. Bureau staff see every venue's; a venue
 * sees its own only, with names masked.
 */
@Component
class RedemptionListing {

    static final ListSpec SPEC = ListSpec.of("/benefits/redemptions", "r.id")
            .sort("recorded", "r.recorded_at").sort("used", "r.used_on").sort("venue", "r.provider_name")
            .sort("service", "e.code").defaultSort("recorded", true)
            .seekable("recorded", "used", "venue", "service").withSearch()
            .choice("service", MeasureNames.SERVICES.toArray(String[]::new)).id("venue")
            .choice("state", "counted", "reversed").date("from").date("to");

    private final RedemptionStore store;
    private final AuditTrail audit;
    private final MessageSource messages;

    RedemptionListing(RedemptionStore store, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    /** A venue's own uses recorded on {@code day} that still count: what its to-do and its link show. */
    static ListQuery countedOn(LocalDate day) {
        ListQuery first = ListQuery.first(SPEC);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", "counted");
        filters.put("from", day.toString());
        filters.put("to", day.toString());
        return new ListQuery(SPEC, "", 1, first.size(), first.sort(), first.descending(), filters);
    }

    PageOf<ListedRedemption> page(CurrentUser user, ListQuery query) {
        return store.page(query, venueOf(user));
    }

    long count(CurrentUser user, ListQuery query) {
        return store.count(query, venueOf(user));
    }

    Map<Long, String> venues() {
        return store.venues();
    }

    /** Records the export (who, which filter, how many) in the audit log, then streams the rows. */
    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        Long venue = venueOf(user);
        audit.recordIndependently(new AuditEvent(user.username(), "SERVICE_USES_EXPORTED", "service_redemption", "",
                AuditEvent.Outcome.SUCCESS, store.count(query, venue) + " uses; " + query.describe()));
        ExcelTable table = ExcelTable.start(out, text("benefit.redemptions.title", locale), List.of(
                ExcelColumn.text(text("benefit.col.recordedAt", locale)), ExcelColumn.text(text("benefit.col.usedOn", locale)),
                ExcelColumn.text(text("benefit.col.person", locale)), ExcelColumn.text(text("benefit.col.service", locale)),
                ExcelColumn.text(text("benefit.col.venue", locale)), ExcelColumn.text(text("benefit.col.status", locale))));
        try (Stream<ListedRedemption> rows = store.all(query, venue)) {
            rows.forEach(r -> table.row(BeijingTime.dateTime(r.use().recordedAt()), r.use().usedOn().toString(),
                    venue == null ? r.personName() : r.maskedName(), text("benefit.measure." + r.use().code(), locale),
                    r.use().providerName(), text("benefit.useState." + r.use().state(), locale)));
        }
        table.finish();
    }

    /** The venue whose uses alone the user sees, or null for Bureau staff, who see all. */
    static Long venueOf(CurrentUser user) {
        return user.seesAllUnits() ? null : user.accountId();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
