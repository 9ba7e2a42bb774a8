package cn.jiangxin.benefit;

import java.time.Instant;

/**
 * A use on a venue's list of the day: when, whose (masked name), which service, whether it may be taken back, and
 * whether it redeemed a booking.
 */
public record VenueDayUse(long id, Instant recordedAt, String maskedName, String service, boolean reversed,
        boolean undoable, boolean byCard, boolean booked) {
}
