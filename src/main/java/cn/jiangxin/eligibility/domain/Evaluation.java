package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The decision with every check, the matched criteria, the retirement date and the entitlements (when eligible). */
public record Evaluation(boolean eligible, LocalDate asOf, String policyVersion, List<RuleDecision> checks,
                         List<Criterion> matchedCriteria, LocalDate retirementDate, List<Entitlement> entitlements) {

    public Evaluation {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policyVersion, "policyVersion");
        checks = List.copyOf(checks);
        matchedCriteria = List.copyOf(matchedCriteria);
        entitlements = List.copyOf(entitlements);
        if (eligible != checks.stream().allMatch(RuleDecision::passed)) {
            throw new IllegalArgumentException("eligible must be true exactly when every check passed");
        }
        if (!eligible && !entitlements.isEmpty()) {
            throw new IllegalArgumentException("only an eligible candidate has entitlements");
        }
    }
}
