package cn.jiangxin.reward;

import cn.jiangxin.payment.BankDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reward cases; every state change is a conditional UPDATE from the state the caller expects. */
@Repository
class RewardCaseStore {

    private static final String COLUMNS = """
            id, medal_key, beneficiary_kind, person_id, beneficiary_id, beneficiary_name, certification_id,
            policy_version, medal_won_on, medal_description, amount_fen, state, bank_holder, bank_name,
            bank_account_masked, last_failure, batch_id, created_at, paid_at""";
    /** A case with the talent of its medal: the name on the medallist's own case of the same medal. */
    private static final String LISTED_FROM = " FROM reward_case c LEFT JOIN reward_case t"
            + " ON t.medal_key = c.medal_key AND t.beneficiary_kind = 'PERSON'";
    private static final String LISTED_COLUMNS = "SELECT c.id, c.medal_key, c.beneficiary_kind, c.person_id,"
            + " c.beneficiary_id, c.beneficiary_name, c.certification_id, c.policy_version, c.medal_won_on,"
            + " c.medal_description, c.amount_fen, c.state, c.bank_holder, c.bank_name, c.bank_account_masked,"
            + " c.last_failure, c.batch_id, c.created_at, c.paid_at, t.beneficiary_name AS talent_name";
    private static final String LISTED = LISTED_COLUMNS + LISTED_FROM;

    private final JdbcClient jdbc;

    RewardCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the medal already has a case for this kind of beneficiary */
    boolean insertIfAbsent(NewRewardCase c, Instant at) {
        return jdbc.sql("""
                INSERT INTO reward_case (medal_key, beneficiary_kind, person_id, beneficiary_id, beneficiary_name,
                    certification_id, policy_version, medal_won_on, medal_description, amount_fen, state, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_BANK_DETAILS', ?) ON CONFLICT DO NOTHING""")
                .params(c.medalKey(), c.kind().name(), c.personId(), c.beneficiaryId(), c.beneficiaryName(),
                        c.certificationId(), c.policyVersion(), c.wonOn(), c.description(), c.amountFen(), DbTime.toDb(at))
                .update() == 1;
    }

    Optional<RewardCase> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_case WHERE id = ?").param(id).query(this::map).optional();
    }

    Optional<RewardCase> find(String medalKey, BeneficiaryKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_case WHERE medal_key = ? AND beneficiary_kind = ?")
                .params(medalKey, kind.name()).query(this::map).optional();
    }

    /** Every case in that state and of that kind (either null for all), newest first. */
    List<RewardCase> list(RewardState state, BeneficiaryKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_case WHERE (:state = '' OR state = :state)"
                        + " AND (:kind = '' OR beneficiary_kind = :kind) ORDER BY id DESC")
                .param("state", state == null ? "" : state.name()).param("kind", kind == null ? "" : kind.name())
                .query(this::map).list();
    }

    /** One page of the cases {@code query} filters within {@code scope}, as {@link RewardListing} sorts them. */
    PageOf<RewardListing.Row> page(ListQuery query, RewardListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return ListPageStore.page(jdbc, query, count(query, scope), LISTED_COLUMNS, LISTED_FROM, where, this::row);
    }

    long count(ListQuery query, RewardListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    /** Every case the query filters within {@code scope}, in its order; the caller closes the stream. */
    Stream<RewardListing.Row> all(ListQuery query, RewardListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return jdbc.sql(LISTED + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(this::row).stream();
    }

    /** Search: beneficiary, talent, medal (words or key); filters: state, kind, opened from/to, scope. */
    private static SqlWhere where(ListQuery query, RewardListing.Scope scope) {
        SqlWhere where = new SqlWhere();
        if (scope.nobody()) {
            return where.and("1 = 0");
        }
        where.and("c.beneficiary_kind = :scopeKind", "scopeKind", Optional.ofNullable(scope.kind()).map(Enum::name));
        where.and("c.beneficiary_id = :scopeId", "scopeId", Optional.ofNullable(scope.beneficiaryId()));
        where.and("c.state = :state", "state", query.text("state"));
        if (query.spec().filters().containsKey("kind")) {
            where.and("c.beneficiary_kind = :kind", "kind", query.text("kind"));
        }
        return where.withinDays("c.created_at", query.date("from"), query.date("to"))
                .like(query.search(), "c.beneficiary_name", "t.beneficiary_name", "c.medal_description", "c.medal_key");
    }

    private RewardListing.Row row(ResultSet rs, int n) throws SQLException {
        return new RewardListing.Row(map(rs, n), rs.getString("talent_name"));
    }

    List<RewardCase> ofBeneficiary(BeneficiaryKind kind, long beneficiaryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_case WHERE beneficiary_kind = ? AND beneficiary_id = ?"
                + " ORDER BY id DESC").params(kind.name(), beneficiaryId).query(this::map).list();
    }

    /** The name a beneficiary has on its latest case. */
    Optional<String> beneficiaryName(BeneficiaryKind kind, long beneficiaryId) {
        return jdbc.sql("SELECT beneficiary_name FROM reward_case WHERE beneficiary_kind = ? AND beneficiary_id = ?"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").params(kind.name(), beneficiaryId).query(String.class)
                .optional();
    }

    boolean saveBankDetails(long id, BankDetails d, String encryptedAccount, String by, Instant at) {
        return jdbc.sql("""
                UPDATE reward_case SET bank_holder = ?, bank_name = ?, bank_account_enc = ?, bank_account_masked = ?,
                       bank_entered_by = ?, bank_entered_at = ?, state = 'READY'
                WHERE id = ? AND state IN ('AWAITING_BANK_DETAILS', 'READY')""")
                .params(d.holder(), d.bankName(), encryptedAccount, d.masked(), by, DbTime.toDb(at), id).update() == 1;
    }

    Optional<String> encryptedAccount(long id) {
        return jdbc.sql("SELECT bank_account_enc FROM reward_case WHERE id = ?").param(id).query(String.class)
                .optional();
    }

    boolean claim(long id, long batchId) {
        return jdbc.sql("UPDATE reward_case SET state = 'IN_BATCH', batch_id = ? WHERE id = ? AND state = 'READY'")
                .params(batchId, id).update() == 1;
    }

    boolean markPaid(long id, Instant at) {
        return jdbc.sql("UPDATE reward_case SET state = 'PAID', paid_at = ?, last_failure = NULL"
                + " WHERE id = ? AND state = 'IN_BATCH'").params(DbTime.toDb(at), id).update() == 1;
    }

    boolean release(long id, String failure) {
        return jdbc.sql("UPDATE reward_case SET state = 'READY', batch_id = NULL, last_failure = ?"
                + " WHERE id = ? AND state = 'IN_BATCH'").params(failure, id).update() == 1;
    }

    private RewardCase map(ResultSet rs, int n) throws SQLException {
        return new RewardCase(rs.getLong("id"), rs.getString("medal_key"),
                BeneficiaryKind.valueOf(rs.getString("beneficiary_kind")), rs.getLong("person_id"),
                rs.getLong("beneficiary_id"), rs.getString("beneficiary_name"), rs.getLong("certification_id"),
                rs.getString("policy_version"), rs.getObject("medal_won_on", LocalDate.class),
                rs.getString("medal_description"), rs.getLong("amount_fen"), RewardState.valueOf(rs.getString("state")),
                rs.getString("bank_holder"), rs.getString("bank_name"), rs.getString("bank_account_masked"),
                rs.getString("last_failure"), rs.getObject("batch_id", Long.class),
                DbTime.instant(rs, "created_at"), DbTime.instant(rs, "paid_at"));
    }

}
