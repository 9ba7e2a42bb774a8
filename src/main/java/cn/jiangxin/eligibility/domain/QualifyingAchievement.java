package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import cn.jiangxin.policy.PolicyTerms;

/** SPEC POL-4: at least one achievement meets one of the criteria of art. 3 items (一) to (三). */
public final class QualifyingAchievement implements EligibilityRule {

    @Override
    public String name() {
        return "QUALIFYING_ACHIEVEMENT";
    }

    @Override
    public RuleDecision decide(Candidate c, LocalDate asOf, PolicyTerms terms) {
        if (c.achievements().isEmpty()) {
            return new RuleDecision(name(), false,
                    "未填写任何成绩；第三条要求符合竞赛名次、荣誉称号或津贴、技能大师工作室领办人三类条件之一");
        }
        List<AssessedAchievement> assessed = c.achievements().stream()
                .map(a -> AssessedAchievement.of(a, asOf, terms)).collect(Collectors.toList());
        List<String> counting = assessed.stream().filter(AssessedAchievement::counts)
                .map(a -> a.description() + "符合" + item(a.criterion())).collect(Collectors.toList());
        List<String> notCounting = assessed.stream().filter(a -> !a.counts())
                .map(AssessedAchievement::description).collect(Collectors.toList());
        if (counting.isEmpty()) {
            return new RuleDecision(name(), false, "没有符合第三条所列条件之一的成绩：" + String.join("；", notCounting));
        }
        String reason = String.join("；", counting);
        if (!notCounting.isEmpty()) {
            reason += "。另有不计入的成绩：" + String.join("；", notCounting);
        }
        return new RuleDecision(name(), true, reason);
    }

    private static String item(Criterion criterion) {
        switch (criterion) {
            case C1_COMPETITION: return "第三条第（一）项";
            case C2_HONOR: return "第三条第（二）项";
            default: return "第三条第（三）项";
        }
    }
}
