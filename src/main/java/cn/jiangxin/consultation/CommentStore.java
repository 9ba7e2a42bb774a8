package cn.jiangxin.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Explicit SQL for comments. */
@Component
class CommentStore {

    private static final String SELECT = """
            SELECT id, consultation_id, receipt_no, article_id, channel, author_name, contact, body, received_on,
                   recorded_at, outcome, outcome_reason FROM consultation_comment""";

    record Row(long consultationId, Long articleId, ChannelKind channel, String name, String contact, String body,
            LocalDate receivedOn, Instant recordedAt, String recordedBy, String clientKey, String submissionKey) {
    }

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the receipt number or the submission key is already taken. */
    boolean insert(Row r, String receipt) {
        return jdbc.sql("""
                INSERT INTO consultation_comment (consultation_id, article_id, channel, receipt_no, author_name, contact,
                    body, received_on, recorded_at, recorded_by, client_key, submission_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(r.consultationId(), r.articleId(), r.channel().name(), receipt, r.name(), r.contact(), r.body(),
                        r.receivedOn(), DbTime.toDb(r.recordedAt()), r.recordedBy(), r.clientKey(),
                        r.submissionKey())
                .update() == 1;
    }

    Optional<String> receiptFor(long consultationId, String submissionKey) {
        return jdbc.sql("SELECT receipt_no FROM consultation_comment WHERE consultation_id = ? AND submission_key = ?")
                .params(consultationId, submissionKey).query(String.class).optional();
    }

    long recentFrom(String clientKey, Instant since) {
        if (clientKey == null) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM consultation_comment WHERE client_key = ? AND recorded_at >= ?")
                .params(clientKey, DbTime.toDb(since)).query(Long.class).single();
    }

    Optional<CommentView> get(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CommentStore::view).optional();
    }

    Optional<CommentView> byReceipt(String receipt) {
        return jdbc.sql(SELECT + " WHERE receipt_no = ?").param(receipt).query(CommentStore::view).optional();
    }

    List<CommentView> of(long consultationId) {
        return jdbc.sql(SELECT + " WHERE consultation_id = ? ORDER BY received_on, id").param(consultationId)
                .query(CommentStore::view).list();
    }

    private static final String LISTED = """
            SELECT k.id, k.consultation_id, k.receipt_no, k.article_id, k.channel, k.author_name, k.contact, k.body,
                   k.received_on, k.recorded_at, k.outcome, k.outcome_reason, c.title AS consultation_title,
                   c.opens_at, c.closes_at, a.label AS article_label, a.title AS article_title""";
    private static final String LISTED_FROM = """
             FROM consultation_comment k JOIN consultation c ON c.id = k.consultation_id
            LEFT JOIN consultation_article a ON a.id = k.article_id""";

    /** One page of the comment list as {@link CommentListing#SPEC} filters and sorts it, states at {@code now}. */
    PageOf<CommentListing.Row> page(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return ListPageStore.page(jdbc, query, count(query, now), LISTED, LISTED_FROM, where, CommentStore::row);
    }

    long count(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    /** Every comment the query filters, in its order; the caller closes the stream. */
    java.util.stream.Stream<CommentListing.Row> all(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return jdbc.sql(LISTED + LISTED_FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(CommentStore::row).stream();
    }

    private static SqlWhere where(ListQuery query, Instant now) {
        SqlWhere where = ConsultationStore.inState(new SqlWhere(), query.text("state"), now)
                .and("k.consultation_id = :consultation", "consultation", query.id("consultation"))
                .and("k.channel = :channel", "channel", query.text("channel"))
                .and("k.outcome = :outcome", "outcome", query.text("outcome"))
                .like(query.search(), "k.body", "k.receipt_no", "k.author_name");
        switch (query.text("classified")) {
            case ConsultationListing.YES -> where.and("k.outcome IS NOT NULL");
            case ConsultationListing.NO -> where.and("k.outcome IS NULL");
            default -> { }
        }
        return where;
    }

    private static CommentListing.Row row(ResultSet rs, int n) throws SQLException {
        String label = rs.getString("article_label");
        String title = rs.getString("article_title");
        String heading = label == null ? null : title == null || title.isEmpty() ? label : label + " " + title;
        return new CommentListing.Row(view(rs, n), rs.getString("consultation_title"),
                new CommentWindow(DbTime.instant(rs, "opens_at"), DbTime.instant(rs, "closes_at")), heading);
    }

    void classify(long commentId, CommentOutcome outcome, String reason, String staff, Instant now) {
        jdbc.sql("""
                UPDATE consultation_comment SET outcome = ?, outcome_reason = ?, classified_by = ?, classified_at = ?
                WHERE id = ?""").params(outcome.name(), reason, staff, DbTime.toDb(now), commentId).update();
    }

    private static CommentView view(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new CommentView(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("receipt_no"),
                rs.getObject("article_id", Long.class), ChannelKind.valueOf(rs.getString("channel")),
                rs.getString("author_name"), rs.getString("contact"), rs.getString("body"),
                rs.getObject("received_on", LocalDate.class), DbTime.instant(rs, "recorded_at"),
                outcome == null ? null : CommentOutcome.valueOf(outcome), rs.getString("outcome_reason"));
    }
}
