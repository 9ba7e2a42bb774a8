package cn.jiangxin.studio;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studios as a paged list: the Bureau's ({@code /studios}, every unit) and a unit's own ({@code /unit/studios}).
 * Search by name, number, leader, unit or trade; filter by state, type, priority and assessment waiting to be scored
 * or confirmed. The default order is the review queue: applications led by leading talents first, then in the order
 * they came. The Excel export holds exactly the studios found.
 */
@Component
class StudioListing {

    static final String[] STATES = {"SUBMITTED", "RETURNED", "REVIEWED", "NAMED", "REJECTED", "REVOKED"};
    static final String[] TYPES = {"SKILL_MASTER", "INNOVATION"};
    static final String[] ASSESSMENTS = {"SCHEDULED", "SCORED", "CONFIRMED"};

    static final ListSpec STAFF = spec("/studios");
    static final ListSpec UNIT = spec("/unit/studios");

    /** Reviewers: applications to review; assessments to score. Approvers: applications to decide; scores to confirm. */
    static final Map<String, String> TO_REVIEW = Map.of("state", "SUBMITTED");
    static final Map<String, String> TO_SCORE = Map.of("state", "NAMED", "assessment", "SCHEDULED");
    static final Map<String, String> TO_DECIDE = Map.of("state", "REVIEWED");
    static final Map<String, String> TO_CONFIRM = Map.of("state", "NAMED", "assessment", "SCORED");
    /** A unit's officer: applications returned to the unit. */
    static final Map<String, String> RETURNED = Map.of("state", "RETURNED");

    private static ListSpec spec(String path) {
        return ListSpec.of(path, "s.id").sort("queue", "s.queue_rank")
                .sort("submitted", "s.submitted_at").sort("name", "s.name").sort("number", "s.studio_number")
                .defaultSort("queue", false).seekable("queue", "submitted", "name").withSearch()
                .choice("state", STATES).choice("type", TYPES).choice("priority", "yes")
                .choice("assessment", ASSESSMENTS);
    }

    private final StudioStore store;
    private final MessageSource messages;

    StudioListing(StudioStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    PageOf<StudioStore.Row> page(ListQuery query, Long unitId) {
        return store.page(query, unitId);
    }

    long count(ListQuery query, Long unitId) {
        return store.count(query, unitId);
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Long unitId, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("studio.title", locale), List.of(
                ExcelColumn.text(text("studio.f.number", locale)), ExcelColumn.text(text("studio.f.name", locale)),
                ExcelColumn.text(text("studio.f.type", locale)), ExcelColumn.text(text("studio.f.unit", locale)),
                ExcelColumn.text(text("studio.f.leader", locale)), ExcelColumn.text(text("studio.f.trade", locale)),
                ExcelColumn.text(text("studio.priority", locale)), ExcelColumn.text(text("studio.f.state", locale)),
                ExcelColumn.text(text("studio.f.submittedOn", locale)),
                ExcelColumn.text(text("studio.f.namedOn", locale)), ExcelColumn.text(text("studio.a.period", locale)),
                ExcelColumn.text(text("studio.a.grade", locale)), ExcelColumn.amount(text("studio.a.funding", locale))));
        try (Stream<StudioStore.Row> rows = store.all(query, unitId)) {
            rows.forEach(r -> {
                Studio s = r.studio();
                table.row(s.studioNumber() == null ? "" : s.studioNumber(), s.name(),
                        text("studio.type." + s.type(), locale), s.unitName(), s.leaderName(), s.trade(),
                        s.priority() ? text("studio.priority.yes", locale) : "",
                        text("studio.state." + s.state(), locale),
                        cn.jiangxin.platform.BeijingTime.date(s.submittedAt()),
                        s.namedOn() == null ? "" : ChineseDate.of(s.namedOn()), r.period() == null ? "" : r.period(),
                        r.gradeCode() == null || r.assessmentState() != Assessment.State.CONFIRMED ? ""
                                : text("studio.grade." + r.gradeCode(), locale),
                        r.assessmentState() == Assessment.State.CONFIRMED ? r.fundingFen() : null);
            });
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
