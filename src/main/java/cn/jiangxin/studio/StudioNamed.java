package cn.jiangxin.studio;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Bureau named a district studio (区级技能大师工作室 / 职工创新工作室) with its number: from {@code namedOn} its
 * leader leads a studio of {@code level} (a code of the policy's {@code criteria.studioLevels}, CHAOYANG for a district
 * studio), which evaluations count as art. 3 item (三) (C3) until a {@link StudioRevoked} of the same studio ends it.
 * Published once, in the transaction that names the studio.
 */
public record StudioNamed(long studioId, String studioNumber, String studioName, long unitId, long leaderPersonId,
        String level, LocalDate namedOn) {

    public StudioNamed {
        Objects.requireNonNull(studioNumber, "studioNumber");
        Objects.requireNonNull(studioName, "studioName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(namedOn, "namedOn");
    }

    /** The one key of this leadership on the leader's record, shared with the revocation that ends it. */
    public String recordKey() {
        return recordKey(studioId);
    }

    /** The key of the leadership of the studio with this id, e.g. {@code STUDIO:12}. */
    public static String recordKey(long studioId) {
        return "STUDIO:" + studioId;
    }
}
