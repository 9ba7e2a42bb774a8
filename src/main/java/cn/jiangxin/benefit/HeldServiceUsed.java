package cn.jiangxin.benefit;

import java.time.Instant;
import java.util.Objects;

/**
 * A venue redeemed a held use (the talent came to a booked appointment and their card was scanned, or the venue
 * recorded the use by ID number): the hold is now used. Published once per redemption, after the use was recorded.
 */
public record HeldServiceUsed(String holdKey, long personId, String service, long venueAccount, long redemptionId,
        Instant at) {

    public HeldServiceUsed {
        Objects.requireNonNull(holdKey, "holdKey");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(at, "at");
    }
}
