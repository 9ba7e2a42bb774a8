package cn.jiangxin.selection;

import java.util.Optional;

/**
 * The tiers of achievement the ranking rule of selection rounds orders by (policy parameter
 * {@code selection.rankingTiers}): a competition placing by its competition, an honour, leading a studio.
 */
public enum AchievementTier {
    WORLDSKILLS, NATIONAL_COMPETITION, BEIJING_COMPETITION, CHAOYANG_COMPETITION, HONOUR, STUDIO;

    /** The tier of a placing at a competition of {@code cn.jiangxin.policy.Competition}, by its code. */
    public static Optional<AchievementTier> ofCompetition(String competitionCode) {
        return switch (competitionCode) {
            case "WORLDSKILLS" -> Optional.of(WORLDSKILLS);
            case "NATIONAL" -> Optional.of(NATIONAL_COMPETITION);
            case "BEIJING" -> Optional.of(BEIJING_COMPETITION);
            case "CHAOYANG" -> Optional.of(CHAOYANG_COMPETITION);
            default -> Optional.empty();
        };
    }
}
