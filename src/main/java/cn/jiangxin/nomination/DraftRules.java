package cn.jiangxin.nomination;

import java.time.LocalDate;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.unit.Units;
import org.springframework.stereotype.Component;

/**
 * What a saved form must respect beyond its own fields: 民族, 政治面貌 and 学历 from their lists ({@link ChoiceList}), no
 * achievement dated in the future, honours from the list of the policy version in force, a woman's retirement category
 * (never the men's), a training unit that is registered.
 */
@Component
class DraftRules {

    private final PolicyVersions versions;
    private final Units units;

    DraftRules(PolicyVersions versions, Units units) {
        this.versions = versions;
        this.units = units;
    }

    void check(NominationDraft draft, LocalDate today) {
        chosen(ChoiceList.ETHNICITY, draft.ethnicity());
        chosen(ChoiceList.POLITICAL_STATUS, draft.politicalStatus());
        chosen(ChoiceList.EDUCATION, draft.education());
        var honours = versions.inForceOn(today).map(v -> v.terms().honors()).orElse(java.util.Map.of());
        for (Achievement a : draft.achievements()) {
            String at = "achievements[" + a.index() + "].";
            if (a.achievedOn().isAfter(today)) {
                throw new RuleViolationException(at + "achievedOn", "第" + (a.index() + 1) + "项业绩：获得日期不能晚于今天");
            }
            if (a.honour() != null && !honours.containsKey(a.honour())) {
                throw new RuleViolationException(at + "honour", "第" + (a.index() + 1) + "项业绩：“" + a.honour()
                        + "”不在现行政策所列的荣誉称号和津贴中");
            }
        }
        if (draft.retirementCategory() != null && !CaseEligibility.womansCategory(draft.retirementCategory())) {
            throw new RuleViolationException("retirementCategory",
                    "退休类别只需为女性选择：女干部（管理和专业技术岗位）55周岁或女职工50周岁");
        }
        if (draft.trainingUnitId() != null && units.find(draft.trainingUnitId()).isEmpty()) {
            throw new RuleViolationException("trainingUnitId", "所选培养单位不存在，请从已登记的单位中选择");
        }
    }

    /** @throws RuleViolationException on the field, its message a key of the message bundle */
    private static void chosen(ChoiceList list, String value) {
        if (!list.allows(value)) {
            throw new RuleViolationException(list.field(), list.refusal());
        }
    }
}
