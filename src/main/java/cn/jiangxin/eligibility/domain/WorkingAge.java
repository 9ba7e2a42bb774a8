package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.RetirementCategory;

/** SPEC POL-1: on or after the minimum-age birthday and before the statutory retirement date. */
public final class WorkingAge implements EligibilityRule {

    @Override
    public String name() {
        return "WORKING_AGE";
    }

    @Override
    public RuleDecision decide(Candidate c, LocalDate asOf, PolicyTerms terms) {
        LocalDate retirement = StatutoryRetirement.retirementDate(c.birthDate(), terms.retirement(c.category()));
        int minimumAge = terms.minimumWorkingAgeYears();
        LocalDate start = StatutoryRetirement.workingAgeStart(c.birthDate(), minimumAge);
        String category = categoryName(c.category());
        String day = "测评日" + ChineseDate.of(asOf);
        if (asOf.isBefore(start)) {
            return new RuleDecision(name(), false, day + "您未满" + minimumAge + "周岁（" + ChineseDate.of(start)
                    + "年满" + minimumAge + "周岁），不在法定劳动年龄内，不符合第三条的要求");
        }
        if (!asOf.isBefore(retirement)) {
            return new RuleDecision(name(), false, "按" + category + "，法定退休日期为" + ChineseDate.of(retirement)
                    + "；" + day + "已达到法定退休年龄，不在法定劳动年龄内，不符合第三条的要求");
        }
        return new RuleDecision(name(), true, "按" + category + "，法定退休日期为" + ChineseDate.of(retirement)
                + "；" + day + "在法定劳动年龄内");
    }

    static String categoryName(RetirementCategory category) {
        switch (category) {
            case MALE_60: return "男职工法定退休年龄";
            default: return "您所选类别";
        }
    }
}
