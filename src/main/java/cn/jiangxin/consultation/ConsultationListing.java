package cn.jiangxin.consultation;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
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
 * The consultations as a paged list for policy staff ({@code /consultations}): search by title or issuer, filters by
 * state (upcoming, open, closed: as of now), by whether the public sees it, and by a date range the comment window
 * overlaps; sorting, and the Excel export of exactly the consultations found.
 */
@Component
class ConsultationListing {

    static final String YES = "yes";
    static final String NO = "no";
    static final String[] STATES = {"UPCOMING", "OPEN", "CLOSED"};

    static final ListSpec SPEC = ListSpec.of("/consultations", "c.id")
            .sort("opens", "c.opens_at").sort("closes", "c.closes_at").sort("title", "c.title")
            .defaultSort("opens", true).seekable("opens", "closes", "title").withSearch()
            .choice("state", STATES).choice("visible", YES, NO).date("from").date("to");

    /** A consultation on the list: its window, whether it is public, and how many comments wait on a decision. */
    record Row(long id, String title, String issuer, CommentWindow window, boolean visible, Instant reportPublishedAt,
            long comments, long unclassified) {

        public CommentWindow.State stateAt(Instant now) {
            return window.stateAt(now);
        }
    }

    private final ConsultationStore store;
    private final Clock clock;
    private final MessageSource messages;

    ConsultationListing(ConsultationStore store, Clock clock, MessageSource messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    PageOf<Row> page(ListQuery query) {
        return store.page(query, clock.instant());
    }

    /** How many consultations the query filters: the same count as its list's total. */
    long count(ListQuery query) {
        return store.count(query, clock.instant());
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        Instant now = clock.instant();
        ExcelTable table = ExcelTable.start(out, text("pca.title", locale), List.of(
                ExcelColumn.text(text("pca.f.title", locale)), ExcelColumn.text(text("pca.f.issuer", locale)),
                ExcelColumn.text(text("pca.list.state", locale)), ExcelColumn.text(text("pca.list.public", locale)),
                ExcelColumn.text(text("pca.list.opens", locale)), ExcelColumn.text(text("pca.list.closes", locale)),
                ExcelColumn.number(text("pca.list.comments", locale)),
                ExcelColumn.number(text("pca.list.unclassified", locale)),
                ExcelColumn.text(text("pca.list.report", locale))));
        try (Stream<Row> rows = store.all(query, now)) {
            rows.forEach(c -> table.row(c.title(), c.issuer(), text("pca.state." + c.stateAt(now), locale),
                    text(c.visible() ? "pca.visible" : "pca.hidden", locale),
                    BeijingTime.dateTime(c.window().opensAt()), BeijingTime.dateTime(c.window().closesAt()),
                    c.comments(), c.unclassified(),
                    c.reportPublishedAt() == null ? "" : BeijingTime.dateTime(c.reportPublishedAt())));
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
