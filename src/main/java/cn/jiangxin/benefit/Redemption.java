package cn.jiangxin.benefit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded use of a service: which entitlement, in which support year, on which day, by which venue, and, when
 * the venue took it back, when ({@code reversedAt}, null while it counts). A use from a card scan has the token's
 * digest and the support year's count right after it ({@code usedInYear}); a use typed by ID number has neither. A use
 * that redeemed a booking names the booking's hold ({@code holdKey}, null for a walk-in): it counted nothing itself.
 */
record Redemption(long id, long entitlementId, long personId, String code, int supportYear, LocalDate usedOn,
        long providerAccount, String providerName, Instant recordedAt, Instant reversedAt, String tokenDigest,
        Integer usedInYear, String holdKey) {

    /** Whether the use redeemed a hold (a booking) instead of counting a use of its own. */
    public boolean booked() {
        return holdKey != null;
    }

    public boolean reversed() {
        return reversedAt != null;
    }

    /** {@code counted} or {@code reversed}, as the list's state filter names it. */
    public String state() {
        return reversed() ? "reversed" : "counted";
    }
}
