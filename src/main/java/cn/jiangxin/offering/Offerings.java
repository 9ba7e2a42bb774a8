package cn.jiangxin.offering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.unit.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offerings (BEN-5/6/7): policy staff publish them with the priority rule of the version in force; active leading
 * talents sign themselves up, unit officers sign up their employees; a full offering puts people on its waiting list,
 * and a seat that becomes free (a cancellation, or held seats whose date has passed) goes to the first on the list
 * the rule lets have it, who is told ({@link WaitingListPromoted}). Every sign-up, cancellation and promotion happens
 * with the offering's row locked, so its seats are never given twice; a retry with the same request key answers the
 * sign-up it made. Staff record attendance, which is the person's completion record. Every change is audited.
 */
@Service
public class Offerings {

    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** An offering with its seats as they stand, and the sign-ups the user may see. */
    record OfferingPage(Offering offering, Offering.Stage stage, SeatAvailable seats, List<Enrolment> roster) {

        public long enrolled() {
            return roster.stream().filter(e -> e.status() == Enrolment.Status.ENROLLED).count();
        }

        public long waiting() {
            return roster.stream().filter(e -> e.status() == Enrolment.Status.WAITING).count();
        }
    }

    private final OfferingStore store;
    private final Certifications certifications;
    private final People people;
    private final Units units;
    private final PolicyVersions versions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Offerings(OfferingStore store, Certifications certifications, People people, Units units,
            PolicyVersions versions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.certifications = certifications;
        this.people = people;
        this.units = units;
        this.versions = versions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Publishes an offering with the priority rule of the policy version in force copied in; answers its id. */
    @Transactional
    public long publish(CurrentUser user, NewOffering o) {
        requireStaff(user);
        PolicyVersion version = versions.inForceOn(today())
                .orElseThrow(() -> new RuleViolationException("offering.error.noPolicy"));
        if (o.signupCloses().isBefore(today())) {
            throw new RuleViolationException("signupCloses", "offering.error.windowPast");
        }
        PriorityRule rule = PriorityRule.of(version.terms(), o.capacity(), o.signupOpens(), o.signupCloses());
        long id = store.insert(o, rule, version.code(), user.accountId(), clock.instant());
        audit.recordChange("OFFERING_PUBLISHED", "offering", id, o.kind() + " " + o.title() + " capacity="
                + o.capacity() + " rule=" + rule.kind() + " held=" + rule.heldSeats() + " policy=" + version.code());
        return id;
    }

    /** An active leading talent signs themselves up: a seat, or a place on the waiting list. */
    @Transactional
    Enrolment enrolSelf(CurrentUser user, long offeringId, String requestKey) {
        if (!user.has(Role.TALENT) || user.person().isEmpty()) {
            throw notFound(offeringId);
        }
        long personId = user.person().get();
        if (certifications.activeOn(personId, today()).isEmpty()) {
            throw new RuleViolationException("offering.error.notActiveTalent");
        }
        return enrol(user, offeringId, personId, Enrolment.Channel.TALENT, requestKey);
    }

    /** A unit officer signs up a person of the unit. */
    @Transactional
    Enrolment enrolEmployee(CurrentUser user, long offeringId, long personId, String requestKey) {
        if (!user.has(Role.UNIT_OFFICER) || user.unit().isEmpty()) {
            throw notFound(offeringId);
        }
        people.find(personId).filter(p -> p.unitId() == user.unitId())
                .orElseThrow(() -> new RuleViolationException("personId", "offering.error.notOwnUnit"));
        return enrol(user, offeringId, personId, Enrolment.Channel.UNIT, requestKey);
    }

    private Enrolment enrol(CurrentUser user, long offeringId, long personId, Enrolment.Channel channel,
            String requestKey) {
        String key = requestKey(requestKey);
        Optional<Enrolment> retried = store.byRequestKey(offeringId, key);
        if (retried.isPresent()) {
            return sameRequest(retried.get(), personId);
        }
        Offering offering = store.lock(offeringId).orElseThrow(() -> notFound(offeringId));
        retried = store.byRequestKey(offeringId, key);
        if (retried.isPresent()) {
            return sameRequest(retried.get(), personId);
        }
        LocalDate today = today();
        boolean leading = certifications.activeOn(personId, today).isPresent();
        SignUpOpen.refusal(offering, channel, leading, today).ifPresent(Offerings::refuse);
        Optional<Enrolment> before = store.byPerson(offeringId, personId);
        if (before.isPresent() && before.get().status() != Enrolment.Status.CANCELLED) {
            throw new RuleViolationException("personId", "offering.error.signedUpAlready");
        }
        releaseIfDue(offering, today);
        SeatAvailable seats = seats(offering, today);
        Enrolment.Status status = seats.fits(leading) ? Enrolment.Status.ENROLLED : Enrolment.Status.WAITING;
        PersonView person = people.find(personId).orElseThrow(() -> notFound(offeringId));
        String unitName = units.find(person.unitId()).map(u -> u.name()).orElse("");
        OfferingStore.NewEnrolment row = new OfferingStore.NewEnrolment(offeringId, personId, person.unitId(),
                person.name(), unitName, leading, channel, status, key, user.accountId(), clock.instant());
        int queueNo = store.nextQueueNo(offeringId);
        long id;
        if (before.isPresent()) {
            id = before.get().id();
            store.signUpAgain(id, row, queueNo);
        } else {
            id = store.insert(row, queueNo);
        }
        audit.recordChange(status == Enrolment.Status.ENROLLED ? "OFFERING_ENROLLED" : "OFFERING_WAITLISTED",
                "offering", offeringId, "enrolment=" + id + " person=" + personId + " by=" + channel
                        + (leading ? " leading talent" : "") + " queue=" + queueNo);
        return store.enrolment(id).orElseThrow();
    }

    /**
     * Cancels a sign-up (the person themselves, an officer of their unit, or staff) before the offering starts; a
     * freed seat goes to the first on the waiting list the rule lets have it. Cancelling twice changes nothing.
     */
    @Transactional
    Enrolment cancel(CurrentUser user, long enrolmentId) {
        Enrolment e = enrolment(enrolmentId);
        if (!mayAct(user, e)) {
            throw new NotFoundException("offering enrolment " + enrolmentId);
        }
        Offering offering = store.lock(e.offeringId()).orElseThrow();
        e = enrolment(enrolmentId);
        if (e.status() == Enrolment.Status.CANCELLED) {
            return e;
        }
        LocalDate today = today();
        if (!today.isBefore(offering.startsOn())) {
            throw new RuleViolationException("offering.error.started");
        }
        store.cancel(enrolmentId, user.accountId(), clock.instant());
        audit.recordChange("OFFERING_CANCELLED", "offering", offering.id(), "enrolment=" + enrolmentId + " person="
                + e.personId() + " was=" + e.status());
        releaseIfDue(offering, today);
        fill(offering, today);
        return enrolment(enrolmentId);
    }

    /**
     * Releases an offering's held seats once their date has passed: what leading talents did not take goes to the
     * waiting list in its order. Called by the nightly job, and whenever the offering is read or signed up for, so
     * the outcome does not depend on when the job runs; answers how many were given seats.
     */
    @Transactional
    int releaseHeldSeats(long offeringId) {
        Offering peek = store.find(offeringId).orElseThrow(() -> notFound(offeringId));
        LocalDate today = today();
        if (peek.heldReleasedAt() != null || !peek.priority().releaseDueOn(today)) {
            return 0;
        }
        return releaseIfDue(store.lock(offeringId).orElseThrow(), today);
    }

    /** The offerings whose held seats' date has passed and which were not released yet. */
    List<Long> releaseDue() {
        return store.releaseDue(today());
    }

    private int releaseIfDue(Offering offering, LocalDate today) {
        if (!offering.priority().releaseDueOn(today) || !store.markReleased(offering.id(), clock.instant())) {
            return 0;
        }
        int[] seated = store.seated(offering.id());
        int unused = Math.max(0, offering.priority().heldSeats() - seated[0]);
        int promoted = today.isBefore(offering.startsOn()) ? fill(offering, today) : 0;
        audit.recordChange("OFFERING_HELD_RELEASED", "offering", offering.id(), "unused held seats=" + unused
                + " promoted=" + promoted);
        return promoted;
    }

    /** Gives free seats to the waiting list in its order, each to the first the rule lets have one. */
    private int fill(Offering offering, LocalDate today) {
        SeatAvailable seats = seats(offering, today);
        int promoted = 0;
        for (Enrolment w : store.waiting(offering.id())) {
            if (seats.free() == 0) {
                break;
            }
            Instant now = clock.instant();
            if (!seats.fits(w.leadingTalent()) || !store.promote(w.id(), now)) {
                continue;
            }
            seats = seats.seated(w.leadingTalent());
            promoted++;
            audit.recordChange("OFFERING_PROMOTED", "offering", offering.id(), "enrolment=" + w.id() + " person="
                    + w.personId() + " queue=" + w.queueNo());
            events.publishEvent(new WaitingListPromoted(w.id(), offering.id(), w.personId(), w.unitId(),
                    w.personName(), offering.title(), offering.startsOn(), offering.place(), now));
        }
        return promoted;
    }

    /** Staff record whether a seated person attended, once the offering has begun; attended is a completion. */
    @Transactional
    void recordAttendance(CurrentUser user, long enrolmentId, Enrolment.Attendance attendance) {
        requireStaff(user);
        Enrolment e = enrolment(enrolmentId);
        if (attendance == null) {
            throw new RuleViolationException("attendance", "offering.error.attendance");
        }
        Offering offering = store.find(e.offeringId()).orElseThrow();
        if (today().isBefore(offering.startsOn())) {
            throw new RuleViolationException("offering.error.notStarted");
        }
        if (!store.recordAttendance(enrolmentId, attendance, user.accountId(), clock.instant())) {
            throw new RuleViolationException("offering.error.noSeat");
        }
        audit.recordChange(attendance == Enrolment.Attendance.ATTENDED ? "OFFERING_ATTENDED" : "OFFERING_ABSENT",
                "offering", offering.id(), "enrolment=" + enrolmentId + " person=" + e.personId());
    }

    /** The offering as the user may see it: staff every sign-up, an officer the unit's, a talent their own. */
    @Transactional
    OfferingPage page(CurrentUser user, long offeringId) {
        releaseHeldSeats(offeringId);
        Offering offering = store.find(offeringId).orElseThrow(() -> notFound(offeringId));
        boolean officer = user.has(Role.UNIT_OFFICER) && user.unit().isPresent();
        if (!(staff(user) || officer && offering.openToUnits() || user.has(Role.TALENT))) {
            throw notFound(offeringId);
        }
        LocalDate today = today();
        List<Enrolment> roster = store.roster(offeringId).stream().filter(e -> staff(user) || mayAct(user, e))
                .toList();
        return new OfferingPage(offering, offering.stageOn(today), seats(offering, today), roster);
    }

    /** A person's sign-ups, newest first (their own page, or the registry's for those who may see the person). */
    @Transactional(readOnly = true)
    List<Enrolment> ofPerson(long personId) {
        return store.ofPerson(personId);
    }

    /** The sign-ups of the talent's own person. */
    List<Enrolment> ofTalent(CurrentUser user) {
        return user.person().map(store::ofPerson).orElse(List.of());
    }

    List<Enrolment> ofUnit(CurrentUser user) {
        return user.unit().map(store::ofUnit).orElse(List.of());
    }

    /** The offering a sign-up belongs to. */
    long offeringOf(long enrolmentId) {
        return enrolment(enrolmentId).offeringId();
    }

    /** Offerings open to leading talents whose sign-up has not closed, soonest first (the talent's page). */
    List<Offering> openToTalents() {
        return store.openToTalents(today());
    }

    Optional<Offering> find(long id) {
        return store.find(id);
    }

    /** Whether an offering of that title exists (the demo publishes its training once). */
    public boolean anyTitled(String title) {
        return store.anyTitled(title);
    }

    /** Whether the signed-in talent is an active leading talent today. */
    boolean activeTalent(CurrentUser user) {
        return user.person().flatMap(p -> certifications.activeOn(p, today())).isPresent();
    }

    private SeatAvailable seats(Offering offering, LocalDate today) {
        int[] seated = store.seated(offering.id());
        return new SeatAvailable(offering.capacity(), offering.priority().heldSeats(),
                offering.priority().holdingOn(today), seated[0], seated[1]);
    }

    static boolean staff(CurrentUser user) {
        return user.has(Role.POLICY_ADMIN);
    }

    private static boolean mayAct(CurrentUser user, Enrolment e) {
        return staff(user) || user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == e.unitId()).isPresent()
                || user.person().filter(p -> p == e.personId()).isPresent();
    }

    private static Enrolment sameRequest(Enrolment e, long personId) {
        if (e.personId() != personId) {
            throw new RuleViolationException("offering.error.requestKey");
        }
        return e;
    }

    private static String requestKey(String typed) {
        if (typed == null || typed.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String key = typed.strip();
        if (!REQUEST_KEY.matcher(key).matches()) {
            throw new RuleViolationException("offering.error.requestKey");
        }
        return key;
    }

    private Enrolment enrolment(long id) {
        return store.enrolment(id).orElseThrow(() -> new NotFoundException("offering enrolment " + id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("offering " + id);
    }

    private static void requireStaff(CurrentUser user) {
        if (!staff(user)) {
            throw new NotFoundException("offering");
        }
    }

    private static void refuse(String key) {
        throw new RuleViolationException(key);
    }
}
