package cn.jiangxin.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.benefit.ServiceHold;
import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyTerms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent's side of bookings. A booking is made in one transaction with the slot's row locked: the seats are
 * counted, the booking row written (UNIQUE slot+person, UNIQUE request key: a retry answers the first booking) and one
 * use of the service held for the support year the slot's day falls in ({@link ServiceHolds#hold}, key
 * {@code BOOKING:<id>}); a refusal of the hold (outside the support period, the year's uses all taken) undoes it all.
 * A cancellation before the policy's deadline gives the seat and the use back under the same lock.
 */
@Service
class Bookings {

    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int OFFER_LIMIT = 200;

    /** What a talent may book: the open slots, and for each service needing a booking why there is nothing, if so. */
    record Offer(List<Slot> slots, List<Refusal> refusals) {
    }

    /** Why a service cannot be booked now, as a message key. */
    record Refusal(String service, String reason) {
    }

    private final BookingStore store;
    private final Slots slots;
    private final ServiceHolds holds;
    private final Entitlements entitlements;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bookings(BookingStore store, Slots slots, ServiceHolds holds, Entitlements entitlements, People people,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.slots = slots;
        this.holds = holds;
        this.entitlements = entitlements;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    static long personOf(CurrentUser user) {
        if (!user.has(Role.TALENT) || user.person().isEmpty()) {
            throw new NotFoundException("talent");
        }
        return user.person().get();
    }

    /** The talent books the slot. */
    @Transactional
    Booking book(CurrentUser user, long slotId, String requestKey) {
        return book(personOf(user), slotId, requestKey, user.accountId());
    }

    @Transactional
    Booking book(long personId, long slotId, String requestKey, long by) {
        String key = requestKey(requestKey);
        Optional<Booking> retried = store.byRequestKey(key);
        if (retried.isPresent()) {
            return sameRequest(retried.get(), personId, slotId);
        }
        Slot slot = store.lockSlot(slotId).orElseThrow(() -> new NotFoundException("slot " + slotId));
        retried = store.byRequestKey(key);
        if (retried.isPresent()) {
            return sameRequest(retried.get(), personId, slotId);
        }
        Instant now = clock.instant();
        if (slot.cancelled()) {
            throw new RuleViolationException("booking.error.slotCancelled");
        }
        if (!now.isBefore(slot.startsAt())) {
            throw new RuleViolationException("booking.error.slotStarted");
        }
        Optional<Booking> before = store.byPerson(slotId, personId);
        if (before.isPresent() && before.get().active()) {
            throw new RuleViolationException("booking.error.bookedAlready");
        }
        if (store.seated(slotId) >= slot.capacity()) {
            throw new RuleViolationException("booking.error.full");
        }
        long id;
        if (before.isPresent()) {
            id = before.get().id();
            store.bookAgain(id, key, by, now);
        } else {
            String name = people.find(personId).map(PersonView::name)
                    .orElseThrow(() -> new NotFoundException("person " + personId));
            id = store.insert(slotId, personId, name, key, by, now);
        }
        Booking booking = store.booking(id).orElseThrow();
        ServiceHold hold = holds.hold(personId, slot.service(), slot.date(), slot.venueAccount(), booking.holdKey());
        audit.recordChange("BOOKING_MADE", "booking", id, "slot=" + slotId + " person=" + personId + " service="
                + slot.service() + " on=" + slot.date() + " hold=" + booking.holdKey() + " year=" + hold.supportYear()
                + " used=" + hold.usedInYear() + "/" + hold.quotaPerYear());
        return booking;
    }

    /** The talent cancels their booking before the deadline; the seat and the use come back. Twice changes nothing. */
    @Transactional
    Booking cancel(CurrentUser user, long bookingId) {
        long personId = personOf(user);
        Booking booking = store.booking(bookingId).filter(b -> b.personId() == personId)
                .orElseThrow(() -> new NotFoundException("booking " + bookingId));
        return cancel(booking);
    }

    @Transactional
    Booking cancel(Booking booking) {
        Slot slot = store.lockSlot(booking.slotId()).orElseThrow();
        Booking now = store.booking(booking.id()).orElseThrow();
        if (now.status() == Booking.Status.CANCELLED) {
            return now;
        }
        if (now.status() != Booking.Status.BOOKED) {
            throw new RuleViolationException("booking.error.notBooked");
        }
        if (!BookingRules.of(slots.terms()).mayCancelAt(slot, clock.instant())) {
            throw new RuleViolationException("booking.error.deadlinePassed");
        }
        if (store.cancel(booking.id(), null, clock.instant())) {
            holds.release(now.holdKey());
            audit.recordChange("BOOKING_CANCELLED", "booking", booking.id(), "slot=" + slot.id() + " person="
                    + booking.personId());
        }
        return store.booking(booking.id()).orElseThrow();
    }

    /** The talent's booking with its slot. */
    BookingStore.Row mine(CurrentUser user, long bookingId) {
        long personId = personOf(user);
        return store.ofPerson(personId).stream().filter(r -> r.booking().id() == bookingId).findFirst()
                .orElseThrow(() -> new NotFoundException("booking " + bookingId));
    }

    List<BookingStore.Row> ofTalent(CurrentUser user) {
        return user.person().map(store::ofPerson).orElse(List.of());
    }

    /** The talent's bookings still to come: booked, on a slot of today or later (the talent's to-do). */
    List<BookingStore.Row> upcomingOf(CurrentUser user) {
        LocalDate today = today();
        return ofTalent(user).stream().filter(r -> r.booking().status() == Booking.Status.BOOKED
                && !r.slot().date().isBefore(today)).toList();
    }

    /**
     * The slots the talent may book now: open, not started, not full, for the services needing a booking that they
     * hold with uses left this support year; and, for each such service they cannot book, why.
     */
    Offer offer(CurrentUser user) {
        PolicyTerms terms = slots.terms();
        List<Entitlement> held = user.person().map(p -> entitlements.ofPerson(p, today())).orElse(List.of());
        List<String> usable = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (String service : slots.servicesNeedingBooking(terms)) {
            Optional<Entitlement> e = held.stream().filter(x -> x.code().equals(service)).findFirst();
            if (e.isEmpty()) {
                refusals.add(new Refusal(service, "booking.why.notGranted"));
            } else if (e.get().usable()) {
                usable.add(service);
            } else if (e.get().currentYear() == null) {
                refusals.add(new Refusal(service, "booking.why.outsidePeriod"));
            } else if (e.get().leftThisYear() != null && e.get().leftThisYear() == 0) {
                refusals.add(new Refusal(service, "booking.why.quotaUsed"));
            } else {
                refusals.add(new Refusal(service, "booking.why.notActive"));
            }
        }
        Instant now = clock.instant();
        List<Slot> open = store.openSlots(usable, today(), OFFER_LIMIT).stream().filter(s -> s.bookableAt(now))
                .toList();
        return new Offer(open, refusals);
    }

    /** Marks the booking whose held use a venue redeemed as attended. */
    @Transactional
    boolean attended(String holdKey) {
        return store.byHoldKey(holdKey).map(b -> {
            boolean moved = store.move(b.id(), Booking.Status.BOOKED, Booking.Status.ATTENDED, null, clock.instant())
                    || store.move(b.id(), Booking.Status.NO_SHOW, Booking.Status.ATTENDED, null, clock.instant());
            if (moved) {
                audit.recordChange("BOOKING_ATTENDED", "booking", b.id(), "hold=" + holdKey);
            }
            return moved;
        }).orElse(false);
    }

    /** The venue took its redemption back: the booking is due again. */
    @Transactional
    boolean attendanceTakenBack(String holdKey) {
        return store.byHoldKey(holdKey).map(b -> {
            boolean moved = store.move(b.id(), Booking.Status.ATTENDED, Booking.Status.BOOKED, null, clock.instant());
            if (moved) {
                audit.recordChange("BOOKING_ATTENDANCE_TAKEN_BACK", "booking", b.id(), "hold=" + holdKey);
            }
            return moved;
        }).orElse(false);
    }

    /**
     * Reminds every talent booked on a slot tomorrow (Beijing date) who was not reminded yet: each booking's mark is a
     * conditional update, so two runs (or two nodes) remind once. Answers how many this run reminded.
     */
    @Transactional
    int remindDue() {
        LocalDate tomorrow = today().plusDays(1);
        int reminded = 0;
        for (long id : store.dueReminders(tomorrow)) {
            if (store.markReminded(id, clock.instant())) {
                Booking b = store.booking(id).orElseThrow();
                Slot s = store.slot(b.slotId()).orElseThrow();
                events.publishEvent(new BookingReminderDue(id, b.personId(), s.venueName(), s.service(), s.date(),
                        s.start(), s.end(), s.place(), s.bring()));
                reminded++;
            }
        }
        return reminded;
    }

    private static Booking sameRequest(Booking earlier, long personId, long slotId) {
        if (earlier.personId() != personId || earlier.slotId() != slotId) {
            throw new RuleViolationException("booking.error.keyReused");
        }
        return earlier;
    }

    private static String requestKey(String key) {
        if (key == null || !REQUEST_KEY.matcher(key).matches()) {
            throw new RuleViolationException("booking.error.requestKey");
        }
        return key;
    }
}
