package cn.jiangxin.eligibility;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.eligibility.domain.Criterion;
import cn.jiangxin.eligibility.domain.Evaluation;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "EligibilityEvaluation", description = "The decision under the policy version in force on asOf")
record EvaluationResponse(
        @Schema(description = "true exactly when every check passed") boolean eligible,
        @Schema(description = "The date evaluated", example = "2026-05-01") LocalDate asOf,
        @Schema(description = "Code of the policy version used", example = "chaoyang-2025-draft") String policyVersion,
        @Schema(description = "Always the four rules, in this order: WORKING_AGE, AFFILIATION, RECOMMENDATION, QUALIFYING_ACHIEVEMENT")
        List<Check> checks,
        @Schema(description = "Every criterion at least one achievement meets, in the order C1, C2, C3 (empty when none)")
        List<Criterion> matchedCriteria,
        @Schema(description = "Statutory retirement date: the first day out of working age", example = "2048-03-07")
        LocalDate retirementDate,
        @Schema(description = "What certification on asOf would grant; empty unless eligible") List<EntitlementItem> entitlements) {

    @Schema(name = "EligibilityCheck")
    record Check(
            @Schema(allowableValues = {"WORKING_AGE", "AFFILIATION", "RECOMMENDATION", "QUALIFYING_ACHIEVEMENT"}) String rule,
            boolean passed,
            @Schema(description = "Reason in Chinese a citizen can read") String reason) {
    }

    @Schema(name = "Entitlement")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntitlementItem(
            @Schema(example = "WORLDSKILLS_GOLD_REWARD_PERSON") String code,
            @Schema(description = "One-time amount in fen (1 yuan = 100 fen); absent for non-monetary measures",
                    example = "10000000", nullable = true) Long amountFen,
            @Schema(description = "Yearly quota of a service; absent otherwise", nullable = true) Integer quotaPerYear,
            @Schema(description = "Article of the Measures it implements", example = "第四条第（一）项") String article,
            @Schema(description = "Last day of the support period (art. 5)") LocalDate validUntil) {
    }

    static EvaluationResponse of(Evaluation e) {
        return new EvaluationResponse(e.eligible(), e.asOf(), e.policyVersion(),
                e.checks().stream().map(c -> new Check(c.rule(), c.passed(), c.reason())).toList(),
                e.matchedCriteria(), e.retirementDate(),
                e.entitlements().stream().map(x -> new EntitlementItem(x.code(), x.amountFen(), x.quotaPerYear(),
                        x.article(), x.validUntil())).toList());
    }
}
