package cn.jiangxin.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
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
