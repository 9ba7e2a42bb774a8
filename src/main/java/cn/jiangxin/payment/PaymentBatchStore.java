package cn.jiangxin.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for payment batches and lines; state changes are conditional UPDATEs that report whether they happened. */
@Repository
class PaymentBatchStore {

    private static final String LISTED_FROM = " FROM payment_batch b";
    private static final String BATCH = """
            id, state, maker_account_id, maker_name, created_at, checker_account_id, checker_name, decided_at,
            reject_reason, line_count, total_fen, exported_at""";
    private static final String LINE = """
            l.id, l.batch_id, l.payable_kind, l.payable_id, l.payee_name, l.amount_fen, l.budget_line, l.party,
            l.pay_key, l.purpose, l.bank_holder, l.bank_name, l.bank_account_masked, l.state, l.failure_reason,
            l.result_by, l.result_at FROM payment_line l""";

    private final JdbcClient jdbc;

    PaymentBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when a batch with this request key exists already. */
    OptionalLong insertBatch(long makerId, String makerName, String requestKey, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO payment_batch (state, maker_account_id, maker_name, created_at, request_key, line_count,
                                           total_fen)
                VALUES ('SUBMITTED', ?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING""")
                .params(makerId, makerName, DbTime.toDb(at), requestKey).update(keys, "id");
        return rows == 0 ? OptionalLong.empty() : OptionalLong.of(keys.getKey().longValue());
    }

    /**
     * The line of a claimed payable; {@code open_payable} (unique) holds while the line is pending. A reward line also
     * fills {@code reward_case_id}, the column of the reward-only lines before V34 that reward reports still read.
     */
    void insertLine(long batchId, Payable p) {
        jdbc.sql("""
                INSERT INTO payment_line (batch_id, payable_kind, payable_id, reward_case_id, payee_name, amount_fen,
                                          budget_line, party, pay_key, purpose, bank_holder, bank_name,
                                          bank_account_enc, bank_account_masked, state, open_payable)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(batchId, p.kind(), p.id(), "REWARD".equals(p.kind()) ? p.id() : null, p.payeeName(),
                        p.amountFen(), p.budgetLine().name(), p.party(), p.payKey(), p.purpose(), p.bankHolder(),
                        p.bankName(), p.encryptedAccount(), p.bankAccountMasked(), p.ref()).update();
    }

    void setTotals(long batchId) {
        jdbc.sql("""
                UPDATE payment_batch SET line_count = (SELECT COUNT(*) FROM payment_line WHERE batch_id = :id),
                       total_fen = (SELECT COALESCE(SUM(amount_fen), 0) FROM payment_line WHERE batch_id = :id)
                WHERE id = :id""").param("id", batchId).update();
    }

    Optional<PaymentBatch> find(long id) {
        return jdbc.sql("SELECT " + BATCH + " FROM payment_batch WHERE id = ?").param(id).query(this::mapBatch).optional();
    }

    Optional<PaymentBatch> byRequestKey(String key) {
        return jdbc.sql("SELECT " + BATCH + " FROM payment_batch WHERE request_key = ?").param(key)
                .query(this::mapBatch).optional();
    }

    Optional<String> decideKey(long id) {
        return jdbc.sql("SELECT decide_key FROM payment_batch WHERE id = ?").param(id).query(String.class).optional();
    }

    /** One page of the batches {@code query} filters, as {@link BatchListing} sorts them; "me" is {@code accountId}. */
    PageOf<PaymentBatch> page(ListQuery query, long accountId) {
        SqlWhere where = where(query, accountId);
        return ListPageStore.page(jdbc, query, count(query, accountId), "SELECT " + BATCH, LISTED_FROM, where,
                this::mapBatch);
    }

    long count(ListQuery query, long accountId) {
        SqlWhere where = where(query, accountId);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    /** Every batch the query filters, in its order; the caller closes the stream. */
    Stream<PaymentBatch> all(ListQuery query, long accountId) {
        SqlWhere where = where(query, accountId);
        return jdbc.sql("SELECT " + BATCH + LISTED_FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(this::mapBatch).stream();
    }

    /**
     * Search: the batch number, or a beneficiary paid in it; filters: state, made by me or by others, exported or
     * not, made from/to.
     */
    private static SqlWhere where(ListQuery query, long accountId) {
        SqlWhere where = new SqlWhere().and("b.state = :state", "state", query.text("state"));
        switch (query.text("maker")) {
            case "me" -> where.and("b.maker_account_id = :me").bind("me", accountId);
            case "others" -> where.and("b.maker_account_id <> :me").bind("me", accountId);
            default -> { }
        }
        switch (query.text("exported")) {
            case "yes" -> where.and("b.exported_at IS NOT NULL");
            case "no" -> where.and("b.exported_at IS NULL");
            default -> { }
        }
        where.withinDays("b.created_at", query.date("from"), query.date("to"));

        String q = query.search().toLowerCase(java.util.Locale.ROOT);
        if (!q.isEmpty()) {
            String number = q.replaceFirst("^(jx-?)?", "");
            where.and("(b.id = :batchNumber OR EXISTS (SELECT 1 FROM payment_line sl WHERE sl.batch_id = b.id"
                    + " AND LOWER(sl.payee_name) LIKE :beneficiary ESCAPE '\\'))")
                    .bind("batchNumber", number.matches("[0-9]{1,18}") ? Long.parseLong(number) : -1L)
                    .bind("beneficiary", "%" + SqlWhere.escapeLike(q) + "%");
        }
        return where;
    }

    /** SUBMITTED to APPROVED or REJECTED by someone other than the maker; false when that did not happen. */
    boolean decide(long id, PaymentBatch.State to, long checkerId, String checkerName, String key, String reason,
            Instant at) {
        return jdbc.sql("""
                UPDATE payment_batch SET state = ?, checker_account_id = ?, checker_name = ?, decide_key = ?,
                       reject_reason = ?, decided_at = ?
                WHERE id = ? AND state = 'SUBMITTED' AND maker_account_id <> ?""")
                .params(to.name(), checkerId, checkerName, key, reason, DbTime.toDb(at), id, checkerId).update() == 1;
    }

    void rejectLines(long batchId) {
        jdbc.sql("UPDATE payment_line SET state = 'REJECTED', open_case_id = NULL, open_payable = NULL"
                + " WHERE batch_id = ? AND state = 'PENDING'")
                .param(batchId).update();
    }

    void markExported(long id, Instant at) {
        jdbc.sql("UPDATE payment_batch SET exported_at = ? WHERE id = ?").params(DbTime.toDb(at), id).update();
    }

    /** Serialises the results of one batch, so the last of two results recorded at once completes it. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM payment_batch WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
    }

    void completeIfDone(long id) {
        jdbc.sql("""
                UPDATE payment_batch SET state = 'COMPLETED' WHERE id = :id AND state = 'APPROVED'
                AND NOT EXISTS (SELECT 1 FROM payment_line WHERE batch_id = :id AND state = 'PENDING')""")
                .param("id", id).update();
    }

    List<BatchLine> lines(long batchId) {
        return jdbc.sql("SELECT " + LINE + " WHERE l.batch_id = ? ORDER BY l.id").param(batchId).query(this::mapLine).list();
    }

    Optional<BatchLine> line(long lineId) {
        return jdbc.sql("SELECT " + LINE + " WHERE l.id = ?").param(lineId).query(this::mapLine).optional();
    }

    List<BatchLine> linesOf(String kind, long payableId) {
        return jdbc.sql("SELECT " + LINE + " WHERE l.payable_kind = ? AND l.payable_id = ? ORDER BY l.id")
                .params(kind, payableId).query(this::mapLine).list();
    }

    Optional<String> resultKey(long lineId) {
        return jdbc.sql("SELECT result_key FROM payment_line WHERE id = ?").param(lineId).query(String.class).optional();
    }

    /** Line id to encrypted account number, for the treasury export. */
    java.util.Map<Long, String> encryptedAccounts(long batchId) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT id, bank_account_enc FROM payment_line WHERE batch_id = ?").param(batchId)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    /** PENDING to PAID or FAILED, only in an approved batch; false when the line had its result already. */
    boolean recordResult(long lineId, BatchLine.State to, String key, String reason, String by, Instant at) {
        return jdbc.sql("""
                UPDATE payment_line SET state = ?, result_key = ?, failure_reason = ?, result_by = ?, result_at = ?,
                       open_case_id = NULL, open_payable = NULL,
                       paid_case_id = CASE WHEN ? = 'PAID' THEN reward_case_id END,
                       paid_payable = CASE WHEN ? = 'PAID' THEN payable_kind || ':' || CAST(payable_id AS VARCHAR(20)) END
                WHERE id = ? AND state = 'PENDING'
                  AND batch_id IN (SELECT id FROM payment_batch WHERE state = 'APPROVED')""")
                .params(to.name(), key, reason, by, DbTime.toDb(at), to.name(), to.name(), lineId).update() == 1;
    }

    private PaymentBatch mapBatch(ResultSet rs, int n) throws SQLException {
        return new PaymentBatch(rs.getLong("id"), PaymentBatch.State.valueOf(rs.getString("state")),
                rs.getLong("maker_account_id"), rs.getString("maker_name"), DbTime.instant(rs, "created_at"),
                rs.getObject("checker_account_id", Long.class), rs.getString("checker_name"), DbTime.instant(rs, "decided_at"),
                rs.getString("reject_reason"), rs.getInt("line_count"), rs.getLong("total_fen"),
                DbTime.instant(rs, "exported_at"));
    }

    private BatchLine mapLine(ResultSet rs, int n) throws SQLException {
        return new BatchLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getLong(6), BudgetLine.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), BatchLine.State.valueOf(rs.getString(14)),
                rs.getString(15), rs.getString(16), DbTime.instant(rs, "result_at"));
    }

}
