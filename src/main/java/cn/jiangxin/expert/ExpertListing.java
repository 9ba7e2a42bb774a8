package cn.jiangxin.expert;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
 * The pool as a paged list ({@code /experts}, staff): by name, trade or unit, status, role, leading talent or
 * added by staff; with each expert's count of draws (fairness), and the export of exactly the filter.
 */
@Component
class ExpertListing {

    static final ListSpec SPEC = ListSpec.of("/experts", "x.id").sort("name", "p.name").sort("joined", "x.joined_at")
            .sort("draws", "draws").sort("unit", "u.name").defaultSort("joined", true)
            .seekable("name", "joined", "unit").withSearch()
            .choice("status", "ACTIVE", "PAUSED", "SUSPENDED", "LEFT").choice("source", Expert.SELF, Expert.STAFF)
            .choice("role", "PROJECT_REVIEW", "POLICY_DRAFTING", "PRACTICE_MENTOR", "COMPETITION_JUDGE");

    private final ExpertStore store;
    private final AuditTrail audit;
    private final MessageSource messages;

    ExpertListing(ExpertStore store, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    PageOf<Expert> page(ListQuery query) {
        return store.page(query);
    }

    long count(ListQuery query) {
        return store.count(query);
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        audit.recordIndependently(new AuditEvent(user.username(), "EXPERTS_EXPORTED", "expert", "",
                AuditEvent.Outcome.SUCCESS, store.count(query) + " experts; " + query.describe()));
        ExcelTable table = ExcelTable.start(out, text("expert.pool.title", locale), List.of(
                ExcelColumn.text(text("expert.col.name", locale)), ExcelColumn.text(text("expert.col.unit", locale)),
                ExcelColumn.text(text("expert.col.source", locale)), ExcelColumn.text(text("expert.col.trades", locale)),
                ExcelColumn.text(text("expert.col.roles", locale)), ExcelColumn.text(text("expert.col.status", locale)),
                ExcelColumn.text(text("expert.col.draws", locale)), ExcelColumn.text(text("expert.col.joined", locale))));
        try (Stream<Expert> rows = store.stream(query)) {
            rows.forEach(e -> table.row(e.name(), e.unitName(), text("expert.source." + e.source(), locale),
                    String.join("、", e.profile().trades()), e.profile().roles().stream()
                            .map(r -> text("expert.role." + r, locale)).collect(Collectors.joining("、")),
                    text("expert.status." + e.status(), locale), String.valueOf(e.draws()),
                    BeijingTime.date(e.joinedAt())));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
