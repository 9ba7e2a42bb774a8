package cn.jiangxin.studio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * District studios (BEN-3, art. 4 item (三)): a unit officer applies for a studio led by a person of the unit (marked
 * as priority when the leader is an active leading talent and the version in force grants {@code STUDIO_PRIORITY});
 * a reviewer passes or returns the application; a different approver ({@link FourEyes}) names the studio with its
 * number and schedules its first construction assessment, rejects or returns it; an approver revokes a named studio
 * with a reason. Naming and revocation are announced ({@link StudioNamed}, {@link StudioRevoked}); every change is
 * audited and kept as a step.
 */
@Service
public class Studios {

    /** The prefix of studio numbers (朝阳 工作室): CYGZS-2026-001. */
    static final String NUMBER_PREFIX = "CYGZS";
    /** The level of a district studio in the policy's {@code criteria.studioLevels}. */
    static final String DISTRICT_LEVEL = "CHAOYANG";
    static final int MAX_REASON = 500;

    /** A studio as a user may see it, with its steps and assessments. */
    record StudioCase(Studio studio, List<StudioStep> steps, List<Assessment> assessments) {
    }

    private final StudioStore store;
    private final AssessmentStore assessments;
    private final People people;
    private final Certifications certifications;
    private final PolicyVersions versions;
    private final EvidenceUploads uploads;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Studios(StudioStore store, AssessmentStore assessments, People people, Certifications certifications,
            PolicyVersions versions, EvidenceUploads uploads, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.people = people;
        this.certifications = certifications;
        this.versions = versions;
        this.uploads = uploads;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BeijingTime.ZONE));
    }

    /** A unit officer applies for a studio led by a person of the unit; answers the studio's id. */
    @Transactional
    public long apply(CurrentUser officer, StudioApplication a, MultipartFile evidence) {
        long unitId = requireOfficer(officer);
        boolean priority = priority(leaderOf(officer, a));
        long id = store.insert(unitId, a, priority, officer.accountId(), clock.instant());
        String file = attach(id, evidence);
        store.step(id, StudioStep.Action.SUBMITTED, officer.accountId(), officer.displayName(), null, clock.instant());
        audit.recordChange("STUDIO_APPLIED", "studio", id, a.name() + " leader=" + a.leaderPersonId()
                + " type=" + a.type() + (priority ? " priority" : "") + file);
        return id;
    }

    /** The unit's officer changes a returned application and submits it again. */
    @Transactional
    public void resubmit(CurrentUser officer, long id, StudioApplication a, MultipartFile evidence) {
        long unitId = requireOfficer(officer);
        Studio s = store.lock(id).filter(x -> x.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("studio " + id));
        boolean priority = priority(leaderOf(officer, a));
        if (s.state() != StudioState.RETURNED || !store.resubmit(id, a, priority, clock.instant())) {
            throw new RuleViolationException("studio.error.notReturned");
        }
        String file = attach(id, evidence);
        store.step(id, StudioStep.Action.RESUBMITTED, officer.accountId(), officer.displayName(), null,
                clock.instant());
        audit.recordChange("STUDIO_RESUBMITTED", "studio", id, a.name() + (priority ? " priority" : "") + file);
    }

    /** A reviewer passes a submitted application to the approvers. */
    @Transactional
    public void pass(CurrentUser reviewer, long id) {
        requireRole(reviewer, Role.REVIEWER);
        Studio s = locked(id);
        if (s.state() != StudioState.SUBMITTED
                || !store.move(id, Set.of(StudioState.SUBMITTED), StudioState.REVIEWED, null)) {
            throw new RuleViolationException("studio.error.notSubmitted");
        }
        store.step(id, StudioStep.Action.PASSED, reviewer.accountId(), reviewer.displayName(), null, clock.instant());
        audit.recordChange("STUDIO_REVIEW_PASSED", "studio", id, s.name());
    }

    /**
     * Returns the application to the unit with the reason: a reviewer a submitted one, an approver (who did not review
     * it) a reviewed one.
     */
    @Transactional
    public void sendBack(CurrentUser user, long id, String reason) {
        String why = reason(reason);
        Studio s = locked(id);
        StudioStep.Action action;
        if (s.state() == StudioState.SUBMITTED && user.has(Role.REVIEWER)) {
            action = StudioStep.Action.RETURNED;
        } else if (s.state() == StudioState.REVIEWED && user.has(Role.APPROVER)) {
            refuseUnlessFourEyes(user, id);
            action = StudioStep.Action.SENT_BACK;
        } else {
            throw new RuleViolationException("studio.error.cannotReturn");
        }
        if (!store.move(id, Set.of(s.state()), StudioState.RETURNED, why)) {
            throw new RuleViolationException("studio.error.cannotReturn");
        }
        store.step(id, action, user.accountId(), user.displayName(), why, clock.instant());
        audit.recordChange("STUDIO_RETURNED", "studio", id, s.name() + " reason=" + why);
    }

    /** An approver who did not review it rejects a reviewed application, with the reason. */
    @Transactional
    public void reject(CurrentUser approver, long id, String reason) {
        requireRole(approver, Role.APPROVER);
        String why = reason(reason);
        Studio s = locked(id);
        refuseUnlessFourEyes(approver, id);
        if (s.state() != StudioState.REVIEWED
                || !store.move(id, Set.of(StudioState.REVIEWED), StudioState.REJECTED, why)) {
            throw new RuleViolationException("studio.error.notReviewed");
        }
        store.step(id, StudioStep.Action.REJECTED, approver.accountId(), approver.displayName(), why, clock.instant());
        audit.recordChange("STUDIO_REJECTED", "studio", id, s.name() + " reason=" + why);
    }

    /**
     * An approver who did not review it names a reviewed studio: its number (CYGZS-year-serial, a serial per naming
     * year), the naming date today, and its first construction assessment scheduled for {@code period}. Answers the
     * number. Announced as {@link StudioNamed}.
     */
    @Transactional
    public String name(CurrentUser approver, long id, String period) {
        requireRole(approver, Role.APPROVER);
        String p = period(period);
        Studio s = locked(id);
        refuseUnlessFourEyes(approver, id);
        if (s.state() != StudioState.REVIEWED) {
            throw new RuleViolationException("studio.error.notReviewed");
        }
        LocalDate today = today();
        int serial = store.nextSerial(today.getYear());
        String number = number(today.getYear(), serial);
        if (!store.name(id, today.getYear(), serial, number, today)) {
            throw new RuleViolationException("studio.error.notReviewed");
        }
        store.step(id, StudioStep.Action.NAMED, approver.accountId(), approver.displayName(), null, clock.instant());
        audit.recordChange("STUDIO_NAMED", "studio", id, number + " " + s.name() + " leader=" + s.leaderPersonId());
        events.publishEvent(new StudioNamed(id, number, s.name(), s.unitId(), s.leaderPersonId(), DISTRICT_LEVEL,
                today));
        schedule(approver, s, p);
        return number;
    }

    /** Bureau staff schedule a named studio's construction assessment for a period (a year), once per period. */
    @Transactional
    public void scheduleAssessment(CurrentUser user, long id, String period) {
        if (!staff(user)) {
            throw new NotFoundException("studio " + id);
        }
        String p = period(period);
        Studio s = locked(id);
        if (s.state() != StudioState.NAMED) {
            throw new RuleViolationException("studio.error.notActive");
        }
        schedule(user, s, p);
    }

    private void schedule(CurrentUser user, Studio s, String period) {
        if (!assessments.schedule(s.id(), period, user.accountId(), clock.instant())) {
            throw new RuleViolationException("period", "studio.error.periodScheduled");
        }
        store.step(s.id(), StudioStep.Action.ASSESSMENT_SCHEDULED, user.accountId(), user.displayName(), period,
                clock.instant());
        audit.recordChange("STUDIO_ASSESSMENT_SCHEDULED", "studio", s.id(), "period=" + period);
    }

    /** An approver revokes a named studio with the reason; from today its leader no longer counts as one. */
    @Transactional
    public void revoke(CurrentUser approver, long id, String reason) {
        requireRole(approver, Role.APPROVER);
        String why = reason(reason);
        Studio s = locked(id);
        LocalDate today = today();
        if (s.state() != StudioState.NAMED || !store.revoke(id, today, why)) {
            throw new RuleViolationException("studio.error.notActive");
        }
        store.step(id, StudioStep.Action.REVOKED, approver.accountId(), approver.displayName(), why, clock.instant());
        audit.recordChange("STUDIO_REVOKED", "studio", id, s.studioNumber() + " reason=" + why);
        events.publishEvent(new StudioRevoked(id, s.studioNumber(), s.unitId(), s.leaderPersonId(), today, why));
    }

    /** The studio with its steps and assessments: for staff, the officers of its unit and its leader. */
    @Transactional(readOnly = true)
    StudioCase visible(CurrentUser user, long id) {
        Studio s = store.find(id).filter(x -> maysee(user, x)).orElseThrow(() -> new NotFoundException("studio " + id));
        return new StudioCase(s, store.steps(id), assessments.ofStudio(id));
    }

    /** The studios the signed-in talent leads or led, each with its assessments. */
    @Transactional(readOnly = true)
    List<StudioCase> ledBy(CurrentUser user) {
        return user.person().map(store::ledBy).orElse(List.of()).stream()
                .map(s -> new StudioCase(s, List.of(), assessments.ofStudio(s.id()))).toList();
    }

    /** The studio's evidence file, for those who may see the studio. */
    record Evidence(String name, String contentType, java.nio.file.Path path) {
    }

    Evidence evidence(CurrentUser user, long id) {
        visible(user, id);
        String[] e = store.evidence(id).orElseThrow(() -> new NotFoundException("evidence of studio " + id));
        return new Evidence(e[0], e[2], uploads.documentPath(e[1]));
    }

    /**
     * The people of the officer's unit, who may lead its studio: the active leading talents it nominated first (whose
     * applications have priority), then the others by name, as many as a person search gives.
     */
    List<PersonView> unitPeople(CurrentUser officer) {
        long unitId = requireOfficer(officer);
        java.util.Map<Long, PersonView> choices = new java.util.LinkedHashMap<>();
        for (var c : certifications.activeOn(today(), unitId)) { // nominated by this unit; still in it?
            people.find(c.personId()).filter(p -> p.unitId() == unitId).ifPresent(p -> choices.put(p.id(), p));
        }
        for (PersonView p : people.search(officer, "", unitId)) {
            choices.putIfAbsent(p.id(), p);
        }
        return List.copyOf(choices.values());
    }

    /** Whether any studio exists (the demo seeds once). */
    public boolean any() {
        return store.any();
    }

    /** The id of the studio of that name, if any (the demo finds its studio again). */
    public Optional<Long> idByName(String name) {
        return store.idByName(name);
    }

    static boolean staff(CurrentUser user) {
        return user.has(Role.REVIEWER) || user.has(Role.APPROVER);
    }

    static String number(int year, int serial) {
        String digits = Integer.toString(serial);
        return NUMBER_PREFIX + "-" + year + "-" + "000".substring(Math.min(3, digits.length())) + digits;
    }

    /** Staff see every studio; a unit officer the unit's; a talent the ones they lead. */
    private static boolean maysee(CurrentUser user, Studio s) {
        return staff(user) || user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == s.unitId()).isPresent()
                || user.has(Role.TALENT) && user.person().filter(p -> p == s.leaderPersonId()).isPresent()
                        && s.state().named();
    }

    private Studio locked(long id) {
        return store.lock(id).orElseThrow(() -> new NotFoundException("studio " + id));
    }

    private void refuseUnlessFourEyes(CurrentUser approver, long id) {
        FourEyes.onDecision(store.steps(id), approver.accountId()).ifPresent(key -> {
            throw new RuleViolationException(key);
        });
    }

    private static long requireOfficer(CurrentUser user) {
        if (!user.has(Role.UNIT_OFFICER) || user.unit().isEmpty()) {
            throw new NotFoundException("unit studios");
        }
        return user.unitId();
    }

    private static void requireRole(CurrentUser user, Role role) {
        if (!user.has(role)) {
            throw new RuleViolationException("studio.error.role." + role.name());
        }
    }

    private PersonView leaderOf(CurrentUser officer, StudioApplication a) {
        return people.find(a.leaderPersonId()).filter(p -> p.unitId() == officer.unitId())
                .orElseThrow(() -> new RuleViolationException("leaderPersonId", "studio.error.leaderNotOfUnit"));
    }

    /** Led by an active leading talent, under a version that grants studio priority. */
    private boolean priority(PersonView leader) {
        LocalDate today = today();
        boolean granted = versions.inForceOn(today).map(PolicyVersion::terms).map(t -> t.studioPriority())
                .orElse(false);
        return granted && certifications.activeOn(leader.id(), today).isPresent();
    }

    private String attach(long id, MultipartFile evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return "";
        }
        EvidenceUploads.AcceptedDocument doc = uploads.acceptDocument(evidence);
        store.attachEvidence(id, doc.displayName(), doc.storedName(), doc.contentType());
        return " evidence sha256=" + doc.sha256();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException("reason", "studio.error.reason");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleViolationException("reason", "studio.error.reasonTooLong");
        }
        return why;
    }

    /** A period is a year, four digits. */
    static String period(String period) {
        String p = period == null ? "" : period.strip();
        if (!p.matches("20\\d{2}")) {
            throw new RuleViolationException("period", "studio.error.period");
        }
        return p;
    }
}
