package cn.jiangxin.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import cn.jiangxin.studio.StudioAssessed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for studio funding and units' bank accounts; every state change is a conditional UPDATE from the state the
 * caller expects, and the funding key is UNIQUE.
 */
@Repository
class FundingStore {

    private static final String COLUMNS = """
            f.id, f.funding_key, f.studio_id, f.studio_number, f.studio_name, f.unit_id, f.unit_name, f.period,
            f.grade_name, f.assessed_on, f.amount_fen, f.state, f.batch_id, f.last_failure, f.cancel_reason,
            f.created_at, f.paid_at""";
    private static final String FROM = " FROM studio_funding f";

    private final JdbcClient jdbc;

    FundingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the studio already has its funding for that period */
    boolean insertIfAbsent(StudioAssessed e, String unitName, FundingState state, Instant at) {
        return jdbc.sql("""
                INSERT INTO studio_funding (funding_key, assessment_id, studio_id, studio_number, studio_name, unit_id,
                    unit_name, period, grade_name, policy_version, assessed_on, amount_fen, state, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(e.fundingKey(), e.assessmentId(), e.studioId(), e.studioNumber(), e.studioName(), e.unitId(),
                        unitName, e.period(), e.gradeName(), e.policyVersion(), e.assessedOn(), e.fundingFen(),
                        state.name(), DbTime.toDb(at)).update() == 1;
    }

    Optional<StudioFunding> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE f.id = ?").param(id).query(this::map).optional();
    }

    Optional<StudioFunding> byKey(String fundingKey) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE f.funding_key = ?").param(fundingKey).query(this::map)
                .optional();
    }

    List<StudioFunding> inState(FundingState state) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE f.state = ? ORDER BY f.id DESC").param(state.name())
                .query(this::map).list();
    }

    /** The studio's funding not yet in a batch, each row locked. */
    List<StudioFunding> uncommittedOfStudio(long studioId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE f.studio_id = ? AND f.state IN ('AWAITING_BANK_DETAILS',"
                + " 'READY') ORDER BY f.id FOR UPDATE").param(studioId).query(this::map).list();
    }

    boolean cancel(long id, String reason, Instant at) {
        return jdbc.sql("UPDATE studio_funding SET state = 'CANCELLED', cancel_reason = ?, cancelled_at = ?"
                + " WHERE id = ? AND state IN ('AWAITING_BANK_DETAILS', 'READY')")
                .params(reason, DbTime.toDb(at), id).update() == 1;
    }

    boolean claim(long id, long batchId) {
        return jdbc.sql("UPDATE studio_funding SET state = 'IN_BATCH', batch_id = ? WHERE id = ? AND state = 'READY'")
                .params(batchId, id).update() == 1;
    }

    boolean markPaid(long id, Instant at) {
        return jdbc.sql("UPDATE studio_funding SET state = 'PAID', paid_at = ?, last_failure = NULL"
                + " WHERE id = ? AND state = 'IN_BATCH'").params(DbTime.toDb(at), id).update() == 1;
    }

    boolean release(long id, String failure) {
        return jdbc.sql("UPDATE studio_funding SET state = 'READY', batch_id = NULL, last_failure = ?"
                + " WHERE id = ? AND state = 'IN_BATCH'").params(failure, id).update() == 1;
    }

    /** The unit's funding waiting for its bank account becomes ready. */
    int readyForUnit(long unitId) {
        return jdbc.sql("UPDATE studio_funding SET state = 'READY' WHERE unit_id = ? AND state = 'AWAITING_BANK_DETAILS'")
                .param(unitId).update();
    }

    /** Inserts or replaces the unit's bank account (a first insert lost to another officer's becomes an update). */
    void saveBankAccount(long unitId, BankDetails d, String encrypted, String by, Instant at) {
        if (update(unitId, d, encrypted, by, at)) {
            return;
        }
        int inserted = jdbc.sql("""
                INSERT INTO unit_bank_account (unit_id, bank_holder, bank_name, bank_account_enc, bank_account_masked,
                                               entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(unitId, d.holder(), d.bankName(), encrypted, d.masked(), by, DbTime.toDb(at)).update();
        if (inserted == 0) {
            update(unitId, d, encrypted, by, at);
        }
    }

    private boolean update(long unitId, BankDetails d, String encrypted, String by, Instant at) {
        return jdbc.sql("""
                UPDATE unit_bank_account SET bank_holder = ?, bank_name = ?, bank_account_enc = ?,
                       bank_account_masked = ?, entered_by = ?, entered_at = ? WHERE unit_id = ?""")
                .params(d.holder(), d.bankName(), encrypted, d.masked(), by, DbTime.toDb(at), unitId).update() == 1;
    }

    Optional<UnitBankAccount> bankAccount(long unitId) {
        return jdbc.sql("SELECT unit_id, bank_holder, bank_name, bank_account_masked, entered_by, entered_at"
                + " FROM unit_bank_account WHERE unit_id = ?").param(unitId)
                .query((rs, n) -> new UnitBankAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), DbTime.instant(rs, "entered_at"))).optional();
    }

    Optional<String> encryptedAccount(long unitId) {
        return jdbc.sql("SELECT bank_account_enc FROM unit_bank_account WHERE unit_id = ?").param(unitId)
                .query(String.class).optional();
    }

    /** The name a unit has on its latest funding. */
    Optional<String> unitName(long unitId) {
        return jdbc.sql("SELECT unit_name FROM studio_funding WHERE unit_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(unitId).query(String.class).optional();
    }

    PageOf<StudioFunding> page(ListQuery query, Long unitId) {
        SqlWhere where = where(query, unitId);
        return ListPageStore.page(jdbc, query, count(query, unitId), "SELECT " + COLUMNS, FROM, where, this::map);
    }

    long count(ListQuery query, Long unitId) {
        SqlWhere where = where(query, unitId);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    /** Every funding the query filters, in its order; the caller closes the stream. */
    Stream<StudioFunding> all(ListQuery query, Long unitId) {
        SqlWhere where = where(query, unitId);
        return jdbc.sql("SELECT " + COLUMNS + FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(this::map).stream();
    }

    /** Search: studio number or name, unit; filters: state, period, assessed from/to; scope: one unit, or all. */
    private static SqlWhere where(ListQuery query, Long unitId) {
        SqlWhere where = new SqlWhere().and("f.unit_id = :unit", "unit", Optional.ofNullable(unitId))
                .and("f.state = :state", "state", query.text("state"))
                .and("f.period = :period", "period", query.text("period"))
                .and("f.assessed_on >= :from", "from", query.date("from"))
                .and("f.assessed_on <= :to", "to", query.date("to"));
        return where.like(query.search(), "f.studio_number", "f.studio_name", "f.unit_name");
    }

    private StudioFunding map(ResultSet rs, int n) throws SQLException {
        return new StudioFunding(rs.getLong("id"), rs.getString("funding_key"), rs.getLong("studio_id"),
                rs.getString("studio_number"), rs.getString("studio_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("period"), rs.getString("grade_name"),
                rs.getObject("assessed_on", LocalDate.class), rs.getLong("amount_fen"),
                FundingState.valueOf(rs.getString("state")), rs.getObject("batch_id", Long.class),
                rs.getString("last_failure"), rs.getString("cancel_reason"), DbTime.instant(rs, "created_at"),
                DbTime.instant(rs, "paid_at"));
    }
}
