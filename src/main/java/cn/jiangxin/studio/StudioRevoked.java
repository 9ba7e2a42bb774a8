package cn.jiangxin.studio;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Bureau revoked a named studio with a reason: from {@code revokedOn} its leader no longer counts as a studio
 * leader, and funding not yet committed to a payment batch is no longer due. Published once, in the transaction that
 * revokes the studio.
 */
public record StudioRevoked(long studioId, String studioNumber, long unitId, long leaderPersonId, LocalDate revokedOn,
        String reason) {

    public StudioRevoked {
        Objects.requireNonNull(studioNumber, "studioNumber");
        Objects.requireNonNull(revokedOn, "revokedOn");
        Objects.requireNonNull(reason, "reason");
    }
}
