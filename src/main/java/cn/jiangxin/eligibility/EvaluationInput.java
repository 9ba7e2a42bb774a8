package cn.jiangxin.eligibility;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.eligibility.domain.Achievement;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.policy.RetirementCategory;

/**
 * A well-formed evaluation request: every field present and of the right kind. What needs the policy version
 * or today's date (ID number, category for women, honour codes) is checked afterwards.
 */
record EvaluationInput(LocalDate asOf, String idNumber, RetirementCategory category, AffiliatedUnit unit,
                       boolean recommended, List<Achievement> achievements) {

    EvaluationInput {
        achievements = List.copyOf(achievements);
    }
}
