package cn.jiangxin.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.identity.AccountSummary;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The venue's side of bookings: a venue (or a system administrator on its behalf) publishes slots for a service it
 * offers that the policy version in force says needs a booking; re-publishing a pattern adds only the slots missing.
 * A venue cancels a slot with a reason: every booking on it is cancelled under the slot's lock, its held use given
 * back, and {@link SlotCancelled} tells the talents. After a slot has ended the venue records who did not come; the
 * policy says whether that use counts. Every change is audited.
 */
@Service
public class Slots {

    private final BookingStore store;
    private final VenueServices venues;
    private final ServiceHolds holds;
    private final PolicyVersions versions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Slots(BookingStore store, VenueServices venues, ServiceHolds holds, PolicyVersions versions, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.venues = venues;
        this.holds = holds;
        this.versions = versions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** A venue's own account, or a system administrator acting for the venue named. */
    static boolean mayManage(CurrentUser user, long venueAccount) {
        return user.has(Role.SYSTEM_ADMIN) || (user.has(Role.PROVIDER) && user.accountId() == venueAccount);
    }

    /** The venue the user publishes for: their own account, or (administrators) the venue they chose. */
    long venueFor(CurrentUser user, Long chosen) {
        if (user.has(Role.PROVIDER)) {
            return user.accountId();
        }
        if (user.has(Role.SYSTEM_ADMIN) && chosen != null && chosen > 0) {
            return chosen;
        }
        throw new RuleViolationException("venueAccount", "booking.error.venue");
    }

    PolicyTerms terms() {
        return versions.inForceOn(LocalDate.now(clock)).map(v -> v.terms())
                .orElseThrow(() -> new RuleViolationException("booking.error.noPolicy"));
    }

    /** The services needing a booking under the terms, in the order of the policy. */
    List<String> servicesNeedingBooking(PolicyTerms terms) {
        return venues.all().stream().filter(terms::bookingRequired).toList();
    }

    /** The services the venue may publish slots for: offered by it and needing a booking under the version in force. */
    List<String> bookableServices(long venueAccount) {
        PolicyTerms terms = terms();
        return venues.all().stream().filter(venues.offeredBy(venueAccount)::contains)
                .filter(terms::bookingRequired).toList();
    }

    /**
     * Publishes the pattern's slots for the venue; answers how many were new (a slot the venue already has for the
     * service, day and start is left as it is).
     */
    @Transactional
    public int publish(CurrentUser user, Long venueChosen, SlotPattern pattern) {
        long venue = venueFor(user, venueChosen);
        AccountSummary account = venueAccount(venue);
        if (!venues.offeredBy(venue).contains(pattern.service())) {
            throw new RuleViolationException("service", "booking.error.notOffered");
        }
        if (!terms().bookingRequired(pattern.service())) {
            throw new RuleViolationException("service", "booking.error.noBookingNeeded");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (pattern.from().isBefore(today)) {
            throw new RuleViolationException("from", "booking.error.past");
        }
        List<LocalDate> days = pattern.days().stream().filter(d -> Slot.at(d, pattern.start()).isAfter(now))
                .toList();
        if (days.isEmpty()) {
            throw new RuleViolationException("weekdays", "booking.error.noDays");
        }
        int added = 0;
        for (LocalDate day : days) {
            if (store.insertSlot(venue, account.displayName(), pattern, day, user.accountId(), now)) {
                added++;
            }
        }
        audit.recordChange("BOOKING_SLOTS_PUBLISHED", "account", venue, "service=" + pattern.service() + " from="
                + pattern.from() + " to=" + pattern.to() + " weekdays=" + pattern.weekdays() + " " + pattern.start()
                + "-" + pattern.end() + " capacity=" + pattern.capacity() + " added=" + added + " of=" + days.size());
        return added;
    }

    /** The slot, for its venue or an administrator. */
    Slot slot(CurrentUser user, long slotId) {
        Slot slot = store.slot(slotId).orElseThrow(() -> new NotFoundException("slot " + slotId));
        if (!mayManage(user, slot.venueAccount())) {
            throw new NotFoundException("slot " + slotId);
        }
        return slot;
    }

    List<Booking> roster(CurrentUser user, long slotId) {
        slot(user, slotId);
        return store.roster(slotId);
    }

    /**
     * Cancels the slot with the reason: each booking on it is cancelled and its use given back, and the talents are
     * told. Cancelling a cancelled slot changes nothing; a slot that has begun cannot be cancelled.
     */
    @Transactional
    public Slot cancel(CurrentUser user, long slotId, String reason) {
        slot(user, slotId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RuleViolationException("reason", "booking.error.reason");
        }
        Slot slot = store.lockSlot(slotId).orElseThrow();
        if (slot.cancelled()) {
            return slot;
        }
        Instant now = clock.instant();
        if (!now.isBefore(slot.startsAt())) {
            throw new RuleViolationException("reason", "booking.error.slotStarted");
        }
        store.cancelSlot(slotId, why, now);
        List<Long> told = new ArrayList<>();
        for (Booking b : store.roster(slotId)) {
            if (b.status() == Booking.Status.BOOKED && store.cancel(b.id(), why, now)) {
                holds.release(b.holdKey());
                told.add(b.personId());
            }
        }
        audit.recordChange("BOOKING_SLOT_CANCELLED", "booking_slot", slotId, "bookings=" + told.size() + " reason="
                + why);
        events.publishEvent(new SlotCancelled(slotId, slot.venueName(), slot.service(), slot.date(), slot.start(),
                slot.end(), slot.place(), why, told, now));
        return store.slot(slotId).orElseThrow();
    }

    /**
     * Records that the talent did not come to the booking, once the slot has ended; the held use then counts or comes
     * back as the policy says. Only a booking still booked can be marked.
     */
    @Transactional
    public Booking recordNoShow(CurrentUser user, long bookingId) {
        Booking booking = store.booking(bookingId).orElseThrow(() -> new NotFoundException("booking " + bookingId));
        Slot slot = slot(user, booking.slotId());
        store.lockSlot(slot.id());
        Instant now = clock.instant();
        if (!slot.endedAt(now)) {
            throw new RuleViolationException("booking.error.notEnded");
        }
        if (!store.move(bookingId, Booking.Status.BOOKED, Booking.Status.NO_SHOW, user.accountId(), now)) {
            throw new RuleViolationException("booking.error.notBooked");
        }
        boolean counts = BookingRules.of(terms()).settleNoShow(holds, booking.holdKey());
        audit.recordChange("BOOKING_NO_SHOW", "booking", bookingId, "slot=" + slot.id() + " person="
                + booking.personId() + (counts ? " use counted" : " use given back"));
        return store.booking(bookingId).orElseThrow();
    }

    private AccountSummary venueAccount(long venue) {
        try {
            return venues.venue(venue);
        } catch (NotFoundException notAVenue) {
            throw new RuleViolationException("venueAccount", "booking.error.venue");
        }
    }
}
