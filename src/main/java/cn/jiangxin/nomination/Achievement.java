package cn.jiangxin.nomination;

import java.time.LocalDate;

import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.Medal;

/**
 * One qualifying achievement of the form (Measures art. 3): a competition placing, an honour, or leading a skill
 * master studio. {@code index} is its position on the form and names its inputs in error messages. An honour is a
 * code of the policy version's honour list (the list of art. 3 ends in 等 and the Bureau may extend it), checked
 * against the version in force when the form is saved.
 */
public record Achievement(int index, Kind kind, Competition competition, Integer place, String honour,
        Level studioLevel, LocalDate achievedOn, String description) {

    /** The categories, each with the fields of the form that only it has (the date and description all have). */
    public enum Kind {
        COMPETITION("competition", "place"), HONOR("honour"), STUDIO_LEADER("studioLevel");

        private final java.util.Set<String> own;

        Kind(String... own) {
            this.own = java.util.Set.of(own);
        }

        /** Whether a field of an achievement row belongs to this category: one of its own, or one every category has. */
        public boolean uses(String field) {
            return own.contains(field) || java.util.Arrays.stream(values()).noneMatch(k -> k.own.contains(field));
        }
    }

    public enum Level { NATIONAL, BEIJING, CHAOYANG }

    static final int MAX_DESCRIPTION = 1000;

    public Achievement {
        String at = "achievements[" + index + "].";
        description = description == null ? "" : description.strip();
        honour = honour == null || honour.isBlank() ? null : honour.strip();
        if (kind == null) {
            throw new RuleViolationException(at + "kind", "第" + (index + 1) + "项业绩：请选择业绩类别");
        }
        switch (kind) {
            case COMPETITION -> {
                if (competition == null) {
                    throw new RuleViolationException(at + "competition", "第" + (index + 1) + "项业绩：请选择竞赛级别");
                }
                if (place == null || place < 1 || place > 999) {
                    throw new RuleViolationException(at + "place", "第" + (index + 1) + "项业绩：请填写名次（正整数）");
                }
                honour = null;
                studioLevel = null;
            }
            case HONOR -> {
                if (honour == null) {
                    throw new RuleViolationException(at + "honour", "第" + (index + 1) + "项业绩：请选择荣誉称号");
                }
                if (!honour.matches("[A-Z0-9_]{1,40}")) {
                    throw new RuleViolationException(at + "honour", "第" + (index + 1) + "项业绩：荣誉称号代码无效");
                }
                competition = null;
                place = null;
                studioLevel = null;
            }
            case STUDIO_LEADER -> {
                if (studioLevel == null) {
                    throw new RuleViolationException(at + "studioLevel", "第" + (index + 1) + "项业绩：请选择工作室级别");
                }
                competition = null;
                place = null;
                honour = null;
            }
        }
        if (achievedOn == null) {
            throw new RuleViolationException(at + "achievedOn", "第" + (index + 1) + "项业绩：请填写获得日期");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new RuleViolationException(at + "description",
                    "第" + (index + 1) + "项业绩：说明不能超过" + MAX_DESCRIPTION + "字");
        }
    }

    /** A WorldSkills gold: the training unit then gets its own reward (art. 4 item 1), so the form names it. */
    public boolean isWorldSkillsGold() {
        return Medal.isWorldSkillsGold(competition, place);
    }
}
