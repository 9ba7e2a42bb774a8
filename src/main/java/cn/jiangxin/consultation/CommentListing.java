package cn.jiangxin.consultation;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import cn.jiangxin.platform.list.ExcelColumn;
import cn.jiangxin.platform.list.ExcelTable;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSpec;
import cn.jiangxin.platform.list.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments as a paged list for policy staff ({@code /consultations/comments}), of one consultation or of all:
 * search in the text, receipt number and name, filters by consultation, its state, channel, outcome and whether a
 * decision was recorded; sorting, and the Excel export of exactly the comments found (names and contacts included:
 * staff only).
 */
@Component
class CommentListing {

    static final ListSpec SPEC = ListSpec.of("/consultations/comments", "k.id")
            .sort("received", "k.received_on").sort("channel", "k.channel").sort("outcome", "k.outcome")
            .sort("receipt", "k.receipt_no").defaultSort("received", false)
            .seekable("received", "channel", "receipt").withSearch()
            .id("consultation").choice("state", ConsultationListing.STATES)
            .choice("channel", names(ChannelKind.values())).choice("outcome", names(CommentOutcome.values()))
            .choice("classified", ConsultationListing.YES, ConsultationListing.NO);

    /** A comment on the list, with its consultation's title and window, and the heading of its article (or null). */
    record Row(CommentView comment, String consultationTitle, CommentWindow window, String articleHeading) {

        /** Received on a day outside the consultation's window (a letter posted late, a call taken early). */
        public boolean outsideWindow() {
            return comment.receivedOn().isBefore(window.firstDay()) || comment.receivedOn().isAfter(window.lastDay());
        }
    }

    private final CommentStore store;
    private final Clock clock;
    private final MessageSource messages;

    CommentListing(CommentStore store, Clock clock, MessageSource messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    /** The comments of one consultation: the list filtered to it. */
    static ListQuery of(long consultationId) {
        return ListQuery.parse(SPEC, Map.of("consultation", new String[] {String.valueOf(consultationId)}));
    }

    /** The comments of one consultation that wait on a decision. */
    static ListQuery unclassified(long consultationId) {
        return ListQuery.parse(SPEC, Map.of("consultation", new String[] {String.valueOf(consultationId)},
                "classified", new String[] {ConsultationListing.NO}));
    }

    PageOf<Row> page(ListQuery query) {
        return store.page(query, clock.instant());
    }

    /** How many comments the query filters: the same count as its list's total. */
    long count(ListQuery query) {
        return store.count(query, clock.instant());
    }

    @Transactional(readOnly = true)
    void export(ListQuery query, Locale locale, OutputStream out) {
        ExcelTable table = ExcelTable.start(out, text("pca.comments.title", locale), Stream.of("pc.receipt.no",
                        "pca.comments.consultation", "pc.form.article", "pc.report.channel", "pca.receivedOn",
                        "pca.comments.name", "pca.comments.contact", "pc.form.body", "pc.receipt.outcome", "pca.reason")
                .map(key -> ExcelColumn.text(text(key, locale))).toList());
        try (Stream<Row> rows = store.all(query, clock.instant())) {
            rows.forEach(r -> {
                CommentView c = r.comment();
                table.row(c.receiptNo(), r.consultationTitle(),
                        r.articleHeading() == null ? text("pc.form.overall", locale) : r.articleHeading(),
                        text("pc.channel." + c.channel(), locale), c.receivedOn().toString(), c.authorName(),
                        c.contact(), c.body(),
                        text(c.outcome() == null ? "pca.comments.unclassified" : "pc.outcome." + c.outcome(), locale),
                        c.outcomeReason());
            });
        }
        table.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
