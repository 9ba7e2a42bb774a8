package cn.jiangxin.eligibility.domain;

import java.util.Objects;

/** The outcome of one rule: its name (e.g. WORKING_AGE), pass or fail, and a reason a citizen can read. */
public record RuleDecision(String rule, boolean passed, String reason) {

    public RuleDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
