package cn.jiangxin.certification;

import java.time.Instant;
import java.util.Objects;

/**
 * A certification was revoked or ended early (an administrator's decision with a reason): the benefit module stops
 * the entitlements it granted, the notification module tells the talent. The revocation list itself is read from
 * the database by every node, so nothing has to be told to refresh it.
 */
public record CertificationRevoked(long certificationId, long personId, String certificateNo, RevocationKind kind,
        String reason, Instant since) {

    public CertificationRevoked {
        Objects.requireNonNull(certificateNo, "certificateNo");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
    }
}
