package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One use of a service counted ahead (a booking) or by Bureau staff (a holiday-care visit), under the key of the thing
 * that holds it. {@code venueAccount} is the venue a booking is for (null for a
 * holiday-care visit); {@code usedInYear} and {@code quotaPerYear} are the support year's count and quota as they stand.
 */
public record ServiceHold(long id, long entitlementId, long personId, String code, int supportYear, LocalDate heldFor,
        Long venueAccount, String key, State state, int usedInYear, int quotaPerYear) {

    /** HELD and USED count against the quota; RELEASED gave the use back. */
    public enum State {
        HELD, USED, RELEASED
    }

    public ServiceHold {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(heldFor, "heldFor");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
    }

    public boolean counts() {
        return state != State.RELEASED;
    }
}
