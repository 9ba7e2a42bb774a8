package cn.jiangxin.policy;

import java.util.Optional;

/**
 * A WorldSkills medal: places 1 to 3 at WorldSkills are gold, silver and bronze; places at the other competitions
 * are stated as places. The contestant and the training unit of a gold medal are each rewarded (art. 4 item 1).
 */
public enum Medal {

    GOLD, SILVER, BRONZE;

    /** The medal a place won; empty when the place is no medal. */
    public static Optional<Medal> wonAt(Competition competition, Integer place) {
        if (competition != Competition.WORLDSKILLS || place == null || place < 1 || place > values().length) {
            return Optional.empty();
        }
        return Optional.of(values()[place - 1]);
    }

    /** Whether a place is a WorldSkills gold medal, the achievement rewarded under art. 4 item 1. */
    public static boolean isWorldSkillsGold(Competition competition, Integer place) {
        return wonAt(competition, place).filter(GOLD::equals).isPresent();
    }
}
