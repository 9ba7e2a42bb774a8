package cn.jiangxin.benefit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A use recorded from a card scan, as the venue is told: the support year, the uses counted in it right after this
 * one, the quota, whether the request repeated an earlier scan id (then nothing new was counted), and the day of the
 * booking it redeemed ({@code bookedFor}; null for a walk-in, the booking had counted the use already).
 */
public record CardUse(long redemptionId, String service, int supportYear, int usedThisYear, int quotaPerYear,
        boolean repeated, Instant recordedAt, LocalDate bookedFor) {

    public boolean booked() {
        return bookedFor != null;
    }

    public int remaining() {
        return Math.max(0, quotaPerYear - usedThisYear);
    }
}
