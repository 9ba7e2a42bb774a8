package cn.jiangxin.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.benefit.Entitlement;
import cn.jiangxin.benefit.EntitlementStatus;
import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.benefit.ServiceHold;
import cn.jiangxin.benefit.ServiceHolds;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holiday-care rounds (art. 4 (八) 假期关怀慰问): Bureau staff (policy staff, reviewers and approvers, who look after
 * leading talents' services) plan a round, add the talents due for it, assign each visit to a visitor and a day, and
 * record it as made or not reached. Recording locks the visit's row and counts one HOLIDAY_CARE use under the key
 * {@code CARE:<visit id>} in the same transaction, so a retry or two staff at once count once; a refused use (no quota
 * left, outside the support period) writes nothing. Every change is audited.
 */
@Service
public class CareRounds {

    static final String SERVICE = "HOLIDAY_CARE";
    static final Set<Role> STAFF = Set.of(Role.POLICY_ADMIN, Role.REVIEWER, Role.APPROVER);

    private final CareStore store;
    private final Certifications certifications;
    private final Entitlements entitlements;
    private final ServiceHolds holds;
    private final AccountDirectory directory;
    private final People people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    CareRounds(CareStore store, Certifications certifications, Entitlements entitlements, ServiceHolds holds,
            AccountDirectory directory, People people, AuditTrail audit, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.certifications = certifications;
        this.entitlements = entitlements;
        this.holds = holds;
        this.directory = directory;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean staff(CurrentUser user) {
        return STAFF.stream().anyMatch(user::has);
    }

    public boolean anyNamed(String name) {
        return store.anyNamed(name);
    }

    /** Plans a round; answers its id. */
    @Transactional
    public long plan(CurrentUser user, NewRound r) {
        requireStaff(user);
        long id = store.insert(r, user.accountId(), clock.instant());
        audit.recordChange("CARE_ROUND_PLANNED", "care_round", id, r.occasion() + " " + r.name() + " " + r.from()
                + ".." + r.to());
        return id;
    }

    CareRound round(CurrentUser user, long id) {
        requireStaff(user);
        return store.round(id).orElseThrow(() -> new NotFoundException("care round " + id));
    }

    List<CareVisit> visits(CurrentUser user, long roundId) {
        return store.visitsOf(round(user, roundId).id());
    }

    /** The ids of the round's visits, in the order the round's page lists them. */
    public List<Long> visitIds(CurrentUser user, long roundId) {
        return visits(user, roundId).stream().map(CareVisit::id).toList();
    }

    /** The talents due for the round and not yet in it, by unit and name. */
    List<DueTalent> due(CurrentUser user, long roundId) {
        return due(round(user, roundId));
    }

    List<DueTalent> due(CareRound round) {
        Set<Long> added = store.peopleIn(round.id());
        List<DueTalent> due = new ArrayList<>();
        for (Certification c : candidates(round).values()) {
            if (!added.contains(c.personId())) {
                standing(round, c).filter(Entitlement::usable).ifPresent(e -> due.add(dueTalent(c, e)));
            }
        }
        due.sort(java.util.Comparator.comparing(DueTalent::unitName).thenComparing(DueTalent::name));
        return due;
    }

    /** The open rounds (window not ended) that have due talents not yet added: staff's to-do. */
    Collection<Long> roundsWithDueTalents() {
        return store.open(today()).stream().filter(r -> !due(r).isEmpty()).map(CareRound::id).toList();
    }

    /** Adds every talent due for the round; answers how many were added. */
    @Transactional
    public int addAllDue(CurrentUser user, long roundId) {
        CareRound round = lockRound(user, roundId);
        int added = 0;
        for (DueTalent t : due(round)) {
            added += add(user, round, t) ? 1 : 0;
        }
        return added;
    }

    /**
     * Adds the chosen people; one not due is refused with the reason and nothing is added. A person already in the
     * round stays there once.
     */
    @Transactional
    int add(CurrentUser user, long roundId, Collection<Long> personIds) {
        CareRound round = lockRound(user, roundId);
        if (personIds == null || personIds.isEmpty()) {
            throw new RuleViolationException("personIds", "care.error.noneChosen");
        }
        Set<Long> already = store.peopleIn(roundId);
        Map<Long, Certification> candidates = candidates(round);
        List<DueTalent> toAdd = new ArrayList<>();
        for (long personId : Set.copyOf(personIds)) {
            if (already.contains(personId)) {
                continue;
            }
            Certification c = candidates.get(personId);
            if (c == null) {
                throw refused("care.refused.notActive", people.find(personId).map(p -> p.name()).orElse("—"));
            }
            Entitlement e = standing(round, c)
                    .orElseThrow(() -> refused("care.refused.notEntitled", c.personName()));
            if (e.status() != EntitlementStatus.ACTIVE) {
                throw refused("care.refused.notEntitled", c.personName());
            }
            if (!e.usable()) {
                throw refused("care.refused.quotaUsed", c.personName(), e.quotaPerYear(),
                        ChineseDate.of(e.currentYear().from()), ChineseDate.of(e.currentYear().lastDay()));
            }
            toAdd.add(dueTalent(c, e));
        }
        int added = 0;
        for (DueTalent t : toAdd) {
            added += add(user, round, t) ? 1 : 0;
        }
        return added;
    }

    private boolean add(CurrentUser user, CareRound round, DueTalent t) {
        if (!store.insertVisit(round.id(), t, user.accountId(), clock.instant())) {
            return false;
        }
        audit.recordChange("CARE_VISIT_PLANNED", "care_round", round.id(), "person=" + t.personId());
        return true;
    }

    /** Assigns the chosen planned visits of a round to a visitor and a day in the window; answers how many. */
    @Transactional
    public int assign(CurrentUser user, long roundId, Collection<Long> visitIds, Assignment a) {
        CareRound round = round(user, roundId);
        if (visitIds == null || visitIds.isEmpty()) {
            throw new RuleViolationException("visitIds", "care.error.noneChosen");
        }
        if (!round.covers(a.plannedOn())) {
            throw new RuleViolationException("plannedOn", "care.error.outsideWindow");
        }
        String visitor = a.team();
        if (a.visitorAccount() != null) {
            visitor = staffAccounts().get(a.visitorAccount());
            if (visitor == null) {
                throw new RuleViolationException("visitorAccount", "care.error.visitorAccount");
            }
        }
        int assigned = 0;
        for (long visitId : Set.copyOf(visitIds)) {
            CareVisit v = store.visit(visitId).filter(x -> x.roundId() == roundId)
                    .orElseThrow(() -> new NotFoundException("care visit " + visitId));
            if (store.assign(v.id(), a.visitorAccount(), visitor, a.plannedOn())) {
                audit.recordChange("CARE_VISIT_ASSIGNED", "care_visit", v.id(), "visitor=" + visitor + " on="
                        + a.plannedOn());
                assigned++;
            }
        }
        return assigned;
    }

    /** The Bureau staff a visit may be assigned to, by account id, with their names. */
    Map<Long, String> staffAccounts() {
        Map<Long, String> staff = new LinkedHashMap<>();
        for (Role role : List.of(Role.POLICY_ADMIN, Role.REVIEWER, Role.APPROVER)) {
            directory.withRole(role).forEach(c -> staff.putIfAbsent(c.accountId(), c.displayName()));
        }
        return staff;
    }

    CareVisit visit(CurrentUser user, long visitId) {
        requireStaff(user);
        return store.visit(visitId).orElseThrow(() -> new NotFoundException("care visit " + visitId));
    }

    /**
     * Records the visit as made: one HOLIDAY_CARE use of the support year covering the day is counted and marked used,
     * and the talent is told. Recording a visit already recorded changes and counts nothing.
     *
     * @throws cn.jiangxin.benefit.RedemptionRefused no quota left, or the day outside the support period; nothing written
     */
    @Transactional
    CareVisit record(CurrentUser user, long visitId, VisitReport report) {
        requireStaff(user);
        CareVisit v = store.lockVisit(visitId).orElseThrow(() -> new NotFoundException("care visit " + visitId));
        if (v.state() == CareVisit.State.VISITED) {
            return v;
        }
        if (v.state() != CareVisit.State.PLANNED) {
            throw new RuleViolationException("care.error.notPlanned");
        }
        CareRound round = store.round(v.roundId()).orElseThrow();
        if (!round.covers(report.visitedOn())) {
            throw new RuleViolationException("visitedOn", "care.error.outsideWindow");
        }
        if (report.visitedOn().isAfter(today())) {
            throw new RuleViolationException("visitedOn", "care.error.future");
        }
        ServiceHold held = holds.hold(v.personId(), SERVICE, report.visitedOn(), null, v.holdKey());
        holds.use(v.holdKey());
        store.markVisited(v.id(), report, user.accountId(), clock.instant());
        audit.recordChange("CARE_VISIT_RECORDED", "care_visit", v.id(), "person=" + v.personId() + " on="
                + report.visitedOn() + " year=" + held.supportYear());
        events.publishEvent(new CareVisitRecorded(v.id(), round.id(), round.name(), round.occasion().name(),
                v.personId(), report.visitedOn(), report.visitedBy(), clock.instant()));
        return store.visit(v.id()).orElseThrow();
    }

    /** Records that the visit could not be made, with why; no quota is used. */
    @Transactional
    CareVisit notReached(CurrentUser user, long visitId, String why) {
        requireStaff(user);
        String reason = PlainText.required("why", why, 500, "未能慰问的原因");
        CareVisit v = store.lockVisit(visitId).orElseThrow(() -> new NotFoundException("care visit " + visitId));
        if (v.state() == CareVisit.State.NOT_REACHED) {
            return v;
        }
        if (v.state() != CareVisit.State.PLANNED) {
            throw new RuleViolationException("care.error.visited");
        }
        store.markNotReached(v.id(), reason, user.accountId(), clock.instant());
        audit.recordChange("CARE_VISIT_NOT_REACHED", "care_visit", v.id(), "person=" + v.personId());
        return store.visit(v.id()).orElseThrow();
    }

    /** The visits made to a person, latest first (the talent's page, the registry's person page). */
    List<CareVisit> visitsMadeTo(long personId) {
        return store.visitsOfPerson(personId).stream().filter(v -> v.state() == CareVisit.State.VISITED).toList();
    }

    /** The person's HOLIDAY_CARE entitlement as it stands today, if any. */
    Optional<Entitlement> holidayCare(long personId) {
        return entitlements.ofPerson(personId, today()).stream().filter(e -> SERVICE.equals(e.code())).findFirst();
    }

    /** Active leading talents of some day of the window, by person (the first day's certification first). */
    private Map<Long, Certification> candidates(CareRound round) {
        Map<Long, Certification> byPerson = new LinkedHashMap<>();
        for (LocalDate day : List.of(round.from(), round.to())) {
            certifications.activeOn(day).forEach(c -> byPerson.putIfAbsent(c.personId(), c));
        }
        return byPerson;
    }

    /**
     * The person's HOLIDAY_CARE entitlement as it stands on the window's start, or on the period's first day when it
     * begins within the window.
     */
    private Optional<Entitlement> standing(CareRound round, Certification c) {
        LocalDate day = c.supportStart().isAfter(round.from()) ? c.supportStart() : round.from();
        if (day.isAfter(round.to())) {
            return Optional.empty();
        }
        return entitlements.ofPerson(c.personId(), day).stream()
                .filter(e -> SERVICE.equals(e.code()) && e.certificationId() == c.id()).findFirst();
    }

    private DueTalent dueTalent(Certification c, Entitlement e) {
        return new DueTalent(c.personId(), c.personName(), c.unitId(), c.unitName(), e.usedThisYear(),
                e.leftThisYear(), store.lastVisit(c.personId()).orElse(null));
    }

    private CareRound lockRound(CurrentUser user, long roundId) {
        requireStaff(user);
        return store.lockRound(roundId).orElseThrow(() -> new NotFoundException("care round " + roundId));
    }

    private RuleViolationException refused(String key, Object... args) {
        return new RuleViolationException("personIds", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private static void requireStaff(CurrentUser user) {
        if (!staff(user)) {
            throw new NotFoundException("care rounds");
        }
    }
}
