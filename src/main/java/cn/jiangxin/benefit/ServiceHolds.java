package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.policy.SupportPeriod.SupportYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uses of a service counted before or without a venue's scan: a booking holds one use of the support year the booked
 * day falls in at once, a holiday-care visit counts one when staff record it. The caller names the hold with a key of
 * its own ({@code BOOKING:42}, {@code CARE:7}); the key is unique, so a retry or a race holds once, and the quota's
 * counter is raised only while it has room, so holds never exceed the quota. A released hold gives its use back to the
 * year it was taken from. Every method joins the caller's transaction.
 */
@Service
public class ServiceHolds {

    private static final Pattern KEY = Pattern.compile("[A-Z_]{2,20}:[A-Za-z0-9:-]{1,58}");

    private final ServiceHoldStore holds;
    private final EntitlementStore entitlements;
    private final CoveringEntitlements covering;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceHolds(ServiceHoldStore holds, EntitlementStore entitlements, CoveringEntitlements covering,
            AuditTrail audit, Clock clock) {
        this.holds = holds;
        this.entitlements = entitlements;
        this.covering = covering;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts one use of the person's service in the support year covering {@code on}, for the venue a booking is made
     * with ({@code venueAccount}; null for a use no venue redeems, such as a holiday-care visit). The same key again
     * answers the hold made the first time (whatever its state) and counts nothing.
     *
     * @throws RedemptionRefused {@code NOT_ENTITLED} outside the support period or without the service,
     *                           {@code QUOTA_EXHAUSTED} when the year's uses are all taken, {@code UNKNOWN_SERVICE} for
     *                           a measure not counted per use; nothing is written
     */
    @Transactional
    public ServiceHold hold(long personId, String code, LocalDate on, Long venueAccount, String key) {
        requireKey(key);
        Optional<ServiceHold> earlier = holds.find(key);
        if (earlier.isPresent()) {
            return sameHold(earlier.get(), personId, code, on);
        }
        StoredEntitlement entitlement = covering.require(personId, code, on);
        SupportYear year = entitlement.period().yearOn(on).orElseThrow();
        if (!holds.insert(entitlement, year.number(), on, venueAccount, key, clock.instant())) {
            return sameHold(holds.find(key).orElseThrow(), personId, code, on);
        }
        if (!entitlements.countUse(entitlement.id(), year.number())) {
            throw covering.quotaExhausted(entitlement, year);
        }
        audit.recordChange("SERVICE_HELD", "entitlement", entitlement.id(), "person=" + personId + " code=" + code
                + " year=" + year.number() + " on=" + on + (venueAccount == null ? "" : " venue=" + venueAccount)
                + " key=" + key);
        return holds.find(key).orElseThrow();
    }

    /**
     * Gives the held use back to its support year (a booking cancelled in time, a slot cancelled by the venue, a
     * no-show the policy does not count). Answers whether this call gave it back: false when the key holds nothing,
     * or the use was already given back or used.
     */
    @Transactional
    public boolean release(String key) {
        requireKey(key);
        Optional<ServiceHold> hold = holds.lock(key);
        if (hold.isEmpty() || !holds.move(key, ServiceHold.State.HELD, ServiceHold.State.RELEASED, clock.instant())) {
            return false;
        }
        entitlements.giveBackUse(hold.get().entitlementId(), hold.get().supportYear());
        audit.recordChange("SERVICE_HOLD_RELEASED", "entitlement", hold.get().entitlementId(), "key=" + key);
        return true;
    }

    /**
     * Marks the held use as used (the booked service was taken, the visit made, a no-show the policy counts); the
     * count stays. Answers whether this call marked it: false when the key holds nothing held.
     */
    @Transactional
    public boolean use(String key) {
        requireKey(key);
        Optional<ServiceHold> hold = holds.lock(key);
        if (hold.isEmpty() || !holds.move(key, ServiceHold.State.HELD, ServiceHold.State.USED, clock.instant())) {
            return false;
        }
        audit.recordChange("SERVICE_HOLD_USED", "entitlement", hold.get().entitlementId(), "key=" + key);
        return true;
    }

    /** Takes back a {@link #use} (a venue's undo): the hold counts as held again. */
    @Transactional
    public boolean unuse(String key) {
        requireKey(key);
        Optional<ServiceHold> hold = holds.lock(key);
        if (hold.isEmpty() || !holds.move(key, ServiceHold.State.USED, ServiceHold.State.HELD, clock.instant())) {
            return false;
        }
        audit.recordChange("SERVICE_HOLD_USE_TAKEN_BACK", "entitlement", hold.get().entitlementId(), "key=" + key);
        return true;
    }

    /** The first hold due at the venue on the day for the person's service, if any (nothing is locked). */
    Optional<ServiceHold> due(long personId, String code, LocalDate on, long venueAccount) {
        return holds.due(personId, code, on, venueAccount).stream().findFirst();
    }

    /**
     * Uses the first hold due at the venue on the day (a booked talent came): each candidate's row is locked and moved
     * HELD to USED only from HELD, so of two uses racing for one hold one gets it. Empty when none is due (any more).
     */
    Optional<ServiceHold> useDue(long personId, String code, LocalDate on, long venueAccount) {
        for (ServiceHold hold : holds.due(personId, code, on, venueAccount)) {
            if (use(hold.key())) {
                return holds.find(hold.key());
            }
        }
        return Optional.empty();
    }

    public Optional<ServiceHold> find(String key) {
        requireKey(key);
        return holds.find(key);
    }

    private static ServiceHold sameHold(ServiceHold earlier, long personId, String code, LocalDate on) {
        if (earlier.personId() != personId || !earlier.code().equals(code) || !earlier.heldFor().equals(on)) {
            throw new IllegalStateException("hold key " + earlier.key() + " already holds another use");
        }
        return earlier;
    }

    private static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a hold key is KIND:id, e.g. BOOKING:42");
        }
    }
}
