package cn.jiangxin.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reward cases; every state change is a conditional UPDATE from the state the caller expects. */
@Repository
class RewardCaseStore {

    private static final String COLUMNS = """
            id, medal_key, beneficiary_kind, person_id, beneficiary_id, beneficiary_name, certification_id,
            policy_version, medal_won_on, medal_description, amount_fen, state, bank_holder, bank_name,
            bank_account_masked, last_failure, batch_id, created_at, paid_at""";

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

    List<RewardCase> list(RewardState state, BeneficiaryKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_case WHERE (:state = '' OR state = :state)"
                        + " AND (:kind = '' OR beneficiary_kind = :kind) ORDER BY id DESC LIMIT 500")
                .param("state", state == null ? "" : state.name()).param("kind", kind == null ? "" : kind.name())
                .query(this::map).list();
    }

    List<RewardCase> ofBeneficiary(BeneficiaryKind kind, long beneficiaryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reward_case WHERE beneficiary_kind = ? AND beneficiary_id = ?"
                + " ORDER BY id DESC").params(kind.name(), beneficiaryId).query(this::map).list();
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
