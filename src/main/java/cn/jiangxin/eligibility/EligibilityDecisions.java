package cn.jiangxin.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.eligibility.domain.Evaluation;
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
    private final DecisionStore store;
    private final JsonMapper json;
    private final Clock clock;

    EligibilityDecisions(EligibilityEvaluations evaluations, DecisionStore store, JsonMapper json, Clock clock) {
        this.evaluations = evaluations;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public RecordedDecision decideAndRecord(Candidate candidate, String maskedIdNumber, LocalDate asOf, String decidedBy) {
        Evaluation evaluation = evaluations.evaluate(candidate, asOf);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("idNumber", maskedIdNumber);
        input.put("candidate", candidate);
        long id = store.insert(evaluation.policyVersion(), asOf, evaluation.eligible(), json.writeValueAsString(input),
                json.writeValueAsString(evaluation), decidedBy, clock.instant());
        return new RecordedDecision(id, evaluation);
    }

    /** The stored result, as JSON text, and the version code it was made under. */
    public Optional<StoredDecision> find(long id) {
        return store.find(id);
    }

    public record StoredDecision(long id, String policyVersion, LocalDate asOf, boolean eligible, String resultJson) {
    }
}
