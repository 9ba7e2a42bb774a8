package cn.jiangxin.expert;

import java.io.OutputStream;
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

/** The needs as a paged list ({@code /experts/needs}, staff): by purpose or trade, state, role and date. */
@Component
class NeedListing {

    static final ListSpec SPEC = ListSpec.of("/experts/needs", "n.id").sort("date", "n.need_date")
            .sort("created", "n.created_at").sort("purpose", "n.purpose").defaultSort("date", true)
            .seekable("date", "created", "purpose").withSearch()
            .choice("state", Need.OPEN, Need.COMMITTED, Need.DRAWN)
            .choice("role", "PROJECT_REVIEW", "POLICY_DRAFTING", "PRACTICE_MENTOR", "COMPETITION_JUDGE")
            .date("from").date("to");

    private final NeedStore store;
    private final AuditTrail audit;
    private final MessageSource messages;

    NeedListing(NeedStore store, AuditTrail audit, MessageSource messages) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    PageOf<Need> page(ListQuery query) {
        return store.page(query);
    }

    long count(ListQuery query) {
        return store.count(query);
    }

    static ListQuery inState(String state) {
        return ListQuery.filtered(SPEC, java.util.Map.of("state", state));
    }

    @Transactional(readOnly = true)
    void export(CurrentUser user, ListQuery query, Locale locale, OutputStream out) {
        audit.recordIndependently(new AuditEvent(user.username(), "EXPERT_NEEDS_EXPORTED", "expert_need", "",
                AuditEvent.Outcome.SUCCESS, store.count(query) + " needs; " + query.describe()));
        ExcelTable table = ExcelTable.start(out, text("expert.needs.title", locale), List.of(
                ExcelColumn.text(text("expert.col.date", locale)), ExcelColumn.text(text("expert.col.purpose", locale)),
                ExcelColumn.text(text("expert.col.role", locale)), ExcelColumn.text(text("expert.col.trades", locale)),
                ExcelColumn.text(text("expert.col.wanted", locale)), ExcelColumn.text(text("expert.col.state", locale))));
        try (Stream<Need> rows = store.stream(query)) {
            rows.forEach(n -> table.row(n.date().toString(), n.purpose(), text("expert.role." + n.role(), locale),
                    String.join("、", n.trades()), String.valueOf(n.wanted()),
                    text("expert.needState." + n.state(), locale)));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
