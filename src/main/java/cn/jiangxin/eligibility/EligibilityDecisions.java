package cn.jiangxin.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.eligibility.domain.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates and remembers: each stored decision keeps its input, its result and the code of the policy version
 * it was made under, so it is never silently re-decided (SPEC PV-2). For the nomination module.
 */
@Service
public class EligibilityDecisions {

    /** A stored decision: its id and the evaluation (which names the policy version). */
    public record RecordedDecision(long id, Evaluation evaluation) {
    }

    private final EligibilityEvaluations evaluations;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    EligibilityDecisions(EligibilityEvaluations evaluations, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public RecordedDecision decideAndRecord(Candidate candidate, String maskedIdNumber, LocalDate asOf, String decidedBy) {
        Evaluation evaluation = evaluations.evaluate(candidate, asOf);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("idNumber", maskedIdNumber);
        input.put("candidate", candidate);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO eligibility_decision (policy_version, as_of, eligible, input_snapshot, result, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(evaluation.policyVersion(), asOf, evaluation.eligible(), json.writeValueAsString(input),
                        json.writeValueAsString(evaluation), decidedBy, clock.instant().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return new RecordedDecision(key.getKey().longValue(), evaluation);
    }

    /** The stored result, as JSON text, and the version code it was made under. */
    public Optional<StoredDecision> find(long id) {
        return jdbc.sql("SELECT id, policy_version, as_of, eligible, result FROM eligibility_decision WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredDecision(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getString(5)))
                .optional();
    }

    public record StoredDecision(long id, String policyVersion, LocalDate asOf, boolean eligible, String resultJson) {
    }
}
