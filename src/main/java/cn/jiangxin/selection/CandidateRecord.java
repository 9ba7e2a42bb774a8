package cn.jiangxin.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the records say of a person for a selection round: trade and skill level from their latest recommendation
 * form ({@code null} when none), {@code skillRank} the level's place in the list of levels (lowest 0, -1 unknown),
 * and their achievements, those the Bureau has not found unconfirmed, with honours won in earlier rounds.
 */
public record CandidateRecord(String trade, String skillLevel, int skillRank, List<Attainment> achievements) {

    /** One achievement: its tier, its date and how it reads (世界技能大赛 第1名). */
    public record Attainment(AchievementTier tier, LocalDate achievedOn, String wording) {

        public Attainment {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(achievedOn, "achievedOn");
            wording = wording == null ? "" : wording;
        }
    }

    public static final CandidateRecord NONE = new CandidateRecord(null, null, -1, List.of());

    public CandidateRecord {
        achievements = List.copyOf(achievements);
    }
}
