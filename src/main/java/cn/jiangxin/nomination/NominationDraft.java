package cn.jiangxin.nomination;

import java.util.List;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.RetirementCategory;

/**
 * The fields of the recommendation form a unit fills in (WF-1). Name, sex, ID and phone number, unit and address
 * come from the person and unit registries and are not part of it. A draft may be incomplete; what submission still
 * needs is listed by {@link #gaps()}. {@code trainingUnitId} is the registered training unit (培养单位) that shares a
 * WorldSkills gold reward; {@code retirementCategory} is a woman's category for the working-age rule (POL-1), which
 * her ID number cannot tell.
 */
public record NominationDraft(String ethnicity, String politicalStatus, String education, String occupation,
        SkillLevel skillLevel, List<Achievement> achievements, String accomplishments, String unitOpinion,
        Long trainingUnitId, RetirementCategory retirementCategory) {

    /** The printed title of the recommendation form. */
    public static final String FORM_TITLE = "北京市朝阳区高技能领军人才推荐表";

    public NominationDraft {
        ethnicity = text("ethnicity", ethnicity, 20, "民族");
        politicalStatus = text("politicalStatus", politicalStatus, 30, "政治面貌");
        education = text("education", education, 30, "学历");
        occupation = text("occupation", occupation, 50, "职业（工种）");
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
        if (achievements.size() > 20) {
            throw new RuleViolationException("achievements", "业绩最多填写20项");
        }
        accomplishments = text("accomplishments", accomplishments, 4000, "主要业绩");
        unitOpinion = text("unitOpinion", unitOpinion, 2000, "推荐单位意见");
    }

    public static NominationDraft empty() {
        return new NominationDraft("", "", "", "", null, List.of(), "", "", null, null);
    }

    /** What the form lacks before it can be submitted, apart from files. */
    public List<CaseFacts.Gap> gaps() {
        var gaps = new java.util.ArrayList<CaseFacts.Gap>();
        require(gaps, "ethnicity", ethnicity, "请选择民族");
        require(gaps, "politicalStatus", politicalStatus, "请选择政治面貌");
        require(gaps, "education", education, "请选择学历");
        require(gaps, "occupation", occupation, "请填写职业（工种）");
        if (skillLevel == null) {
            gaps.add(new CaseFacts.Gap("skillLevel", "请选择技能等级"));
        }
        require(gaps, "accomplishments", accomplishments, "请填写主要业绩");
        require(gaps, "unitOpinion", unitOpinion, "请填写推荐单位意见");
        if (achievements.stream().anyMatch(Achievement::isWorldSkillsGold) && trainingUnitId == null) {
            gaps.add(new CaseFacts.Gap("trainingUnitId", "世界技能大赛金牌须选择培养单位"));
        }
        return gaps;
    }

    private static void require(List<CaseFacts.Gap> gaps, String field, String value, String message) {
        if (value.isEmpty()) {
            gaps.add(new CaseFacts.Gap(field, message));
        }
    }

    private static String text(String field, String value, int max, String label) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new RuleViolationException(field, label + "不能超过" + max + "字");
        }
        if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolationException(field, label + "含有不能显示的控制字符");
        }
        return v;
    }
}
