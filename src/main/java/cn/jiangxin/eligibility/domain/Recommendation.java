package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;

import cn.jiangxin.policy.PolicyTerms;

/** SPEC POL-3: recommended by the school or unit the candidate belongs to. */
public final class Recommendation implements EligibilityRule {

    @Override
    public String name() {
        return "RECOMMENDATION";
    }

    @Override
    public RuleDecision decide(Candidate c, LocalDate asOf, PolicyTerms terms) {
        if (!terms.recommendationRequired()) {
            return new RuleDecision(name(), true, "本版本政策不要求所在院校或单位推荐");
        }
        if (c.recommended()) {
            return new RuleDecision(name(), true, "已由所在院校或单位推荐，符合第三条“经所在院校或单位推荐”的要求");
        }
        return new RuleDecision(name(), false, "尚未经所在院校或单位推荐；第三条要求经所在院校或单位推荐（填写附件推荐表）");
    }
}
