package cn.jiangxin.benefit;

import java.time.LocalDate;

import cn.jiangxin.policy.SupportPeriod;

/** Where an entitlement stands on a given day. Only ACTIVE and LAPSED are stored; PENDING is a period yet to begin. */
public enum EntitlementStatus {
    PENDING,
    ACTIVE,
    LAPSED;

    /**
     * The status on {@code date}: lapsed once the period has ended even when the lapse job has not yet marked it, so
     * no page shows an expired entitlement as active.
     */
    static EntitlementStatus on(LocalDate date, SupportPeriod period, String stored) {
        if (LAPSED.name().equals(stored) || !date.isBefore(period.endExclusive())) {
            return LAPSED;
        }
        return date.isBefore(period.start()) ? PENDING : ACTIVE;
    }
}
