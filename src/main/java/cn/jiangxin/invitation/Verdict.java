package cn.jiangxin.invitation;

import cn.jiangxin.policy.Competition;

/**
 * What evaluating an entry came to: the status, the rule that decides it (a rule of the engine, or {@code null} when
 * no rule was reached), the reason in words, the policy version's code, and what the list's title stands for: the
 * competition of art. 3 item (一), the honour code of the version's list (item (二)) or the studio level (item (三));
 * each {@code null} when the title names none of them.
 */
record Verdict(CandidateStatus status, String rule, String reason, String policyVersion, Competition competition,
        String honour, String studioLevel) {

    Verdict {
        if (status == null || !status.evaluated() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a verdict has an evaluation's status and a reason");
        }
    }
}
