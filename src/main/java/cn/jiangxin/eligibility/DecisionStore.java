package cn.jiangxin.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the stored eligibility decisions. */
@Repository
class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a decision with its input and result as JSON text; its id. */
    long insert(String policyVersion, LocalDate asOf, boolean eligible, String inputJson, String resultJson,
            String decidedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO eligibility_decision (policy_version, as_of, eligible, input_snapshot, result, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(policyVersion, asOf, eligible, inputJson, resultJson, decidedBy, DbTime.toDb(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<EligibilityDecisions.StoredDecision> find(long id) {
        return jdbc.sql("SELECT id, policy_version, as_of, eligible, result FROM eligibility_decision WHERE id = ?")
                .param(id)
                .query((rs, n) -> new EligibilityDecisions.StoredDecision(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getString(5)))
                .optional();
    }
}
