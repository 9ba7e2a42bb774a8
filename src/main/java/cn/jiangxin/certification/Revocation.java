package cn.jiangxin.certification;

import java.time.Instant;
import java.util.Objects;

/**
 * A certification revoked or ended early by the Bureau: from {@code since} its certificate number is on the card
 * revocation list and its card is refused.
 */
public record Revocation(long certificationId, String certificateNo, RevocationKind kind, String reason, Instant since) {

    public Revocation {
        Objects.requireNonNull(certificateNo, "certificateNo");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
    }
}
