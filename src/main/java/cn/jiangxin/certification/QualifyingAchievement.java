package cn.jiangxin.certification;

import java.time.LocalDate;
import java.util.Objects;

import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.Medal;

/**
 * One achievement a certification rests on (Measures art. 3), as the nominating case listed it. {@code honour} and
 * {@code studioLevel} are the policy pack's codes; {@code wording} says it in words, e.g.
 * “世界技能大赛 金牌”, for the certificate and the verification page.
 */
public record QualifyingAchievement(Kind kind, Competition competition, Integer place, String honour,
        String studioLevel, LocalDate achievedOn, String description, String wording) {

    public enum Kind { COMPETITION, HONOR, STUDIO_LEADER }

    public QualifyingAchievement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(achievedOn, "achievedOn");
        description = description == null ? "" : description;
        wording = wording == null ? "" : wording;
    }

    /** A WorldSkills gold medal: its contestant and training unit are each rewarded once (art. 4 item 1). */
    public boolean isWorldSkillsGold() {
        return kind == Kind.COMPETITION && Medal.isWorldSkillsGold(competition, place);
    }
}
