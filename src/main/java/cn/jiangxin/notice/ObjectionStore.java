package cn.jiangxin.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for objections; the objector's contact is stored encrypted. */
@Repository
class ObjectionStore {

    private static final String FROM = " FROM notice_objection o JOIN notice_case c ON c.nomination_id = o.nomination_id";
    private static final String COLUMNS = """
            SELECT o.id, o.batch_id, o.nomination_id, c.person_name, o.receipt_no, o.body, o.objector_name,
                   o.contact_enc, o.received_at, o.outcome, o.outcome_reason, o.resolved_by, o.resolved_at""";
    private static final String SELECT = COLUMNS + FROM;

    record Row(long batchId, long nominationId, String body, String objectorName, String contact, Instant receivedAt,
            String clientKey, String submissionKey) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ObjectionStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** False when the receipt number or the form token is already taken. */
    boolean insert(Row r, String receipt) {
        return jdbc.sql("""
                INSERT INTO notice_objection (batch_id, nomination_id, receipt_no, body, objector_name, contact_enc,
                  received_at, client_key, submission_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(r.batchId(), r.nominationId(), receipt, r.body(), r.objectorName(), cipher.encrypt(r.contact()),
                        DbTime.toDb(r.receivedAt()), r.clientKey(), r.submissionKey())
                .update() == 1;
    }

    Optional<String> receiptFor(long nominationId, String submissionKey) {
        return jdbc.sql("SELECT receipt_no FROM notice_objection WHERE nomination_id = ? AND submission_key = ?")
                .params(nominationId, submissionKey).query(String.class).optional();
    }

    long recentFrom(String clientKey, Instant since) {
        if (clientKey == null) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM notice_objection WHERE client_key = ? AND received_at >= ?")
                .params(clientKey, DbTime.toDb(since)).query(Long.class).single();
    }

    /**
     * Locks the case while it is on public notice, so an objection and a certification of the same case never pass
     * each other; false when the case is no longer on notice.
     */
    boolean lockInNotice(long nominationId) {
        return jdbc.sql("SELECT id FROM nomination WHERE id = ? AND state = 'IN_PUBLIC_NOTICE' FOR UPDATE")
                .param(nominationId).query(Long.class).optional().isPresent();
    }

    ObjectionCounts counts(long nominationId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN outcome IS NULL THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN outcome = 'UPHELD' THEN 1 ELSE 0 END), 0)
                FROM notice_objection WHERE nomination_id = ?""").param(nominationId)
                .query((rs, n) -> new ObjectionCounts(rs.getLong(1), rs.getLong(2))).single();
    }

    Optional<ObjectionView> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(this::map).optional();
    }

    Optional<ObjectionView> byReceipt(String receipt) {
        return jdbc.sql(SELECT + " WHERE o.receipt_no = ?").param(receipt).query(this::map).optional();
    }

    List<ObjectionView> of(long nominationId) {
        return jdbc.sql(SELECT + " WHERE o.nomination_id = ? ORDER BY o.id").param(nominationId).query(this::map).list();
    }

    /** One page of objections as {@link ObjectionListing} filters and sorts them. */
    PageOf<ObjectionView> page(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.page(jdbc, query, count(query), COLUMNS, FROM, where, this::map);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    /** Every objection the query filters, in its order; the caller closes the stream. */
    Stream<ObjectionView> all(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql(SELECT + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(this::map).stream();
    }

    private static SqlWhere where(ListQuery query) {
        SqlWhere where = new SqlWhere().like(query.search(), "o.receipt_no")
                .and("o.batch_id = :batch", "batch", query.id("batch"))
                .withinDays("o.received_at", query.date("from"), query.date("to"));
        switch (query.text("status")) {
            case "open" -> where.and("o.outcome IS NULL");
            case "resolved" -> where.and("o.outcome IS NOT NULL");
            default -> { }
        }
        return where;
    }

    /** False when the objection was resolved meanwhile. */
    boolean resolve(long id, ObjectionOutcome outcome, String reason, long by, Instant at) {
        return jdbc.sql("""
                UPDATE notice_objection SET outcome = ?, outcome_reason = ?, resolved_by = ?, resolved_at = ?
                WHERE id = ? AND outcome IS NULL""")
                .params(outcome.name(), reason, by, DbTime.toDb(at), id).update() == 1;
    }

    private ObjectionView map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ObjectionView(rs.getLong("id"), rs.getLong("batch_id"), rs.getLong("nomination_id"),
                rs.getString("person_name"), rs.getString("receipt_no"), rs.getString("body"),
                rs.getString("objector_name"), cipher.decrypt(rs.getString("contact_enc")),
                DbTime.instant(rs, "received_at"),
                outcome == null ? null : ObjectionOutcome.valueOf(outcome), rs.getString("outcome_reason"),
                rs.getObject("resolved_by", Long.class), DbTime.instant(rs, "resolved_at"));
    }
}
