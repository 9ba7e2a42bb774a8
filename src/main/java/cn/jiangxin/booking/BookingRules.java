package cn.jiangxin.booking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.policy.PolicyTerms;

/**
 * The booking rules of the policy version in force: until when a talent may cancel (the slot's start less
 * {@code booking.cancelDeadlineHours}), and what a no-show does to the held use ({@code booking.noShowUsesQuota}: the
 * use counts, or it is given back). Both values are provisional in the Chaoyang pack.
 */
record BookingRules(int cancelDeadlineHours, boolean noShowUsesQuota) {

    BookingRules {
        if (cancelDeadlineHours < 0) {
            throw new IllegalArgumentException("cancelDeadlineHours");
        }
    }

    static BookingRules of(PolicyTerms terms) {
        return new BookingRules(terms.bookingCancelDeadlineHours(), terms.noShowUsesQuota());
    }

    /** The last moment a booking of the slot may be cancelled by the talent (exclusive). */
    public Instant cancelDeadline(Slot slot) {
        return slot.startsAt().minus(cancelDeadlineHours, ChronoUnit.HOURS);
    }

    public boolean mayCancelAt(Slot slot, Instant now) {
        return now.isBefore(cancelDeadline(slot));
    }

    /** Settles the held use of a booking the talent did not come to; answers whether the use now counts. */
    boolean settleNoShow(ServiceHolds holds, String holdKey) {
        if (noShowUsesQuota) {
            holds.use(holdKey);
            return true;
        }
        holds.release(holdKey);
        return false;
    }
}
