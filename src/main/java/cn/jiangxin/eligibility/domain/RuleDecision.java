package cn.jiangxin.eligibility.domain;

import java.util.Objects;

/** The outcome of one rule: its name (e.g. WORKING_AGE), pass or fail, and a reason a citizen can read. */
public record RuleDecision(String rule, boolean passed, String reason) {

    public RuleDecision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The reason as a third party reads it about the person ({@code person}: 被推荐人, 该人员 …): the rules speak to the
     * person checking themselves (您, 您所选类别).
     */
    public String reasonAbout(String person) {
        return reason.replace("您所选类别", "所选退休类别").replace("您", person);
    }
}
