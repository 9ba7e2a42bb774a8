package cn.jiangxin.benefit;

import java.time.Instant;
import java.util.Objects;

/** A venue took back (undid) the redemption of a held use: the hold counts as held again, the booking is due again. */
public record HeldServiceUseTakenBack(String holdKey, long redemptionId, Instant at) {

    public HeldServiceUseTakenBack {
        Objects.requireNonNull(holdKey, "holdKey");
        Objects.requireNonNull(at, "at");
    }
}
