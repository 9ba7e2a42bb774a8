package cn.jiangxin.invitation;

import cn.jiangxin.policy.Competition;

/**
 * What evaluating an entry came to: the status, the rule that decides it (a rule of the engine, or {@code null} when
 * no rule was reached), the reason in words, the policy version's code, and the competition the list's name stands
 * for ({@code null} when it names none of art. 3).
 */
record Verdict(CandidateStatus status, String rule, String reason, String policyVersion, Competition competition) {

    Verdict {
        if (status == null || !status.evaluated() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a verdict has an evaluation's status and a reason");
        }
    }
}
