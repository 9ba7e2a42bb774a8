package cn.jiangxin.benefit;

import java.time.Instant;

/**
 * A use recorded from a card scan, as the venue is told: the support year, the uses counted in it right after this
 * one, the quota, and whether the request repeated an earlier scan id (then nothing new was counted).
 */
public record CardUse(long redemptionId, String service, int supportYear, int usedThisYear, int quotaPerYear,
        boolean repeated, Instant recordedAt) {

    public int remaining() {
        return Math.max(0, quotaPerYear - usedThisYear);
    }
}
