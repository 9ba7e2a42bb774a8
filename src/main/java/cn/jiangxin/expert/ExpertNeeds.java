package cn.jiangxin.expert;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs and their draws (art. 4 item 4). Staff open a need; one staff member draws: the pool is screened, the
 * qualifying experts frozen in a snapshot, and its hash and the hash of a fresh secret seed recorded (the
 * commitment), the seed kept sealed; a second staff member co-signs, which reveals the seed and fixes the result
 * ({@link VerifiableDraw}). The drawn experts are asked; a decline or a missed deadline asks the next reserve.
 */
@Service
public class ExpertNeeds {

    private final NeedStore needs;
    private final ExpertStore experts;
    private final ExpertPool pool;
    private final PolicyVersions policies;
    private final WorkingCalendar calendar;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertNeeds(NeedStore needs, ExpertStore experts, ExpertPool pool, PolicyVersions policies,
            WorkingCalendar calendar, FieldCipher cipher, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.needs = needs;
        this.experts = experts;
        this.pool = pool;
        this.policies = policies;
        this.calendar = calendar;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Need require(long id) {
        return needs.find(id).orElseThrow(() -> new NotFoundException("need " + id));
    }

    @Transactional
    public long create(CurrentUser staff, NeedDraft draft) {
        ExpertDesk.requireStaff(staff);
        if (!draft.date().isAfter(today())) {
            throw new RuleViolationException("date", "expert.refused.datePast");
        }
        long id = needs.insert(draft, staff.accountId(), staff.username(), clock.instant());
        audit.recordChange("EXPERT_NEED_CREATED", "expert_need", id, "role=" + draft.role() + " wanted="
                + draft.wanted() + " date=" + draft.date() + " units=" + draft.units().size() + " people="
                + draft.people().size());
        return id;
    }

    /** The screening of the pool for the need as it would be frozen now: qualifying experts and the excluded. */
    Screening.Result screen(Need need) {
        LocalDate today = today();
        Set<Long> engaged = experts.engagedOn(need.date(), need.id());
        List<Candidate> candidates = pool.all().stream().map(e -> new Candidate(e.id(), e.personId(), e.unitId(),
                pool.isLeadingTalent(e.personId(), today), e.status(), e.profile().roles(), e.profile().trades(),
                e.profile().conflictUnits(), e.profile().conflictPeople(), engaged.contains(e.id()))).toList();
        return Screening.screen(candidates, need.facts(terms().expertReserves()));
    }

    /** The first step of a draw: freezes the snapshot and records the commitment. Once per need. */
    @Transactional
    public void commit(CurrentUser staff, long needId) {
        ExpertDesk.requireStaff(staff);
        Need need = require(needId);
        if (!Need.OPEN.equals(need.state())) {
            throw alreadyDrawn();
        }
        PolicyTerms terms = terms();
        new DrawWindow(terms.expertDrawWorkingDaysBefore(), calendar).require(today(), need.date());
        NeedFacts facts = need.facts(terms.expertReserves());
        Screening.Result screened = screen(need);
        int enough = facts.wanted() + facts.reserves();
        if (screened.qualifying().size() < enough) {
            throw new RuleViolationException("expert.refused.tooFew");
        }
        if (!needs.move(needId, Need.OPEN, Need.COMMITTED)) {
            throw alreadyDrawn();
        }
        String snapshot = VerifiableDraw.snapshot(facts, screened.qualifying());
        String seed = VerifiableDraw.newSeed();
        String snapshotHash = VerifiableDraw.sm3(snapshot);
        String seedHash = VerifiableDraw.sm3(seed);
        try {
            needs.insertDraw(needId, snapshot, snapshotHash, seedHash, cipher.encrypt(seed), facts.wanted(),
                    facts.reserves(), staff.accountId(), staff.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw alreadyDrawn();
        }
        audit.recordChange("EXPERT_DRAW_COMMITTED", "expert_need", needId, "snapshot=" + snapshotHash + " seedHash="
                + seedHash + " qualifying=" + screened.qualifying().size() + " excluded=" + screened.excluded().size());
    }

    /** The second step: a supervisor other than the one who committed co-signs; the seed is revealed, experts asked. */
    @Transactional
    public void cosign(CurrentUser supervisor, long needId) {
        ExpertDesk.requireStaff(supervisor);
        Need need = require(needId);
        Draw draw = needs.draw(needId).orElseThrow(() -> new RuleViolationException("expert.refused.notCommitted"));
        if (draw.drawn()) {
            throw new RuleViolationException("expert.refused.alreadyCosigned");
        }
        if (draw.committedByAccount() == supervisor.accountId()) {
            throw new RuleViolationException("expert.refused.fourEyes");
        }
        PolicyTerms terms = terms();
        new DrawWindow(terms.expertDrawWorkingDaysBefore(), calendar).require(today(), need.date());
        String seed = cipher.decrypt(draw.sealedSeed());
        if (!VerifiableDraw.sm3(seed).equals(draw.seedHash())
                || !VerifiableDraw.sm3(draw.snapshot()).equals(draw.snapshotHash())) {
            throw new IllegalStateException("draw of need " + needId + " does not match its commitment");
        }
        VerifiableDraw.Outcome outcome = VerifiableDraw.draw(seed, draw.snapshot());
        String result = outcome.all().stream().map(String::valueOf).collect(Collectors.joining(","));
        Instant now = clock.instant();
        if (!needs.cosign(needId, supervisor.accountId(), supervisor.username(), now, seed, result)
                || !needs.move(needId, Need.COMMITTED, Need.DRAWN)) {
            throw new RuleViolationException("expert.refused.alreadyCosigned");
        }
        Instant deadline = deadline(now, need.date(), terms);
        int position = 1;
        for (long expertId : outcome.drawn()) {
            needs.insertAssignment(needId, expertId, position++, Assignment.ASKED, now, deadline);
        }
        for (long expertId : outcome.reserves()) {
            needs.insertAssignment(needId, expertId, position++, Assignment.WAITING, null, null);
        }
        DrawRecord record = new DrawRecord(needId, draw.snapshotHash(), draw.seedHash(), seed, outcome.drawn(),
                outcome.reserves());
        audit.recordChange("EXPERT_DRAW_COSIGNED", "expert_need", needId, record.auditDetail());
        for (Assignment a : needs.assignments(needId)) {
            if (a.asked()) {
                if (book(a, need)) {
                    tell(a, need, false);
                } else {
                    askNextReserve(a);
                }
            }
        }
    }

    /** The expert (or staff, for an expert without an account) accepts or declines an asked place. */
    @Transactional
    void answer(CurrentUser user, long assignmentId, boolean accept, String reason) {
        Assignment a = needs.assignment(assignmentId).orElseThrow(() -> new NotFoundException("assignment"));
        boolean own = user.person().map(p -> p == a.personId()).orElse(false);
        if (!own && !ExpertDesk.isStaff(user)) {
            throw new NotFoundException("assignment " + assignmentId);
        }
        String why = reason == null ? "" : reason.strip();
        if (!accept && (why.isEmpty() || why.length() > 500)) {
            throw new RuleViolationException("reason", "expert.refused.declineReason");
        }
        if (!needs.answer(assignmentId, accept ? Assignment.ACCEPTED : Assignment.DECLINED, why, clock.instant())) {
            throw new RuleViolationException("expert.refused.notAsked");
        }
        audit.recordChange(accept ? "EXPERT_ACCEPTED" : "EXPERT_DECLINED", "expert_assignment", assignmentId,
                "need=" + a.needId() + " expert=" + a.expertId() + (own ? "" : " recorded by staff")
                        + (accept ? "" : " reason=" + why));
        if (!accept) {
            needs.release(assignmentId);
            askNextReserve(a);
        }
    }

    /** Asked places whose deadline passed are recorded as expired and their reserve asked; answers how many. */
    @Transactional
    int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (long id : needs.dueBefore(now)) {
            if (needs.expire(id, now)) {
                needs.release(id);
                Assignment a = needs.assignment(id).orElseThrow();
                audit.recordChange("EXPERT_ANSWER_EXPIRED", "expert_assignment", id, "need=" + a.needId()
                        + " expert=" + a.expertId());
                askNextReserve(a);
                expired++;
            }
        }
        return expired;
    }

    @Transactional
    void recordEngagement(CurrentUser staff, long assignmentId, LocalDate on, BigDecimal hours, String outcome) {
        ExpertDesk.requireStaff(staff);
        Assignment a = needs.assignment(assignmentId).orElseThrow(() -> new NotFoundException("assignment"));
        if (!a.accepted()) {
            throw new RuleViolationException("expert.refused.notAccepted");
        }
        String text = outcome == null ? "" : outcome.strip();
        if (on == null || hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("999")) > 0
                || text.isEmpty() || text.length() > 500) {
            throw new RuleViolationException("outcome", "expert.refused.engagement");
        }
        needs.engagement(assignmentId, on, hours, text);
        audit.recordChange("EXPERT_ENGAGEMENT_RECORDED", "expert_assignment", assignmentId, "need=" + a.needId()
                + " on=" + on + " hours=" + hours);
    }

    /** Staff of the need (who opened, drew or co-signed it) always; other staff from the need's date on. */
    boolean seesDrawnList(CurrentUser user, Need need) {
        if (!ExpertDesk.isStaff(user)) {
            return false;
        }
        Draw draw = needs.draw(need.id()).orElse(null);
        boolean ofTheNeed = need.createdByAccount() == user.accountId() || draw != null
                && (draw.committedByAccount() == user.accountId()
                        || Long.valueOf(user.accountId()).equals(draw.cosignedByAccount()));
        return ofTheNeed || !today().isBefore(need.date());
    }

    void requireStaff(CurrentUser user) {
        if (!ExpertDesk.isStaff(user)) {
            throw new AccessDeniedException("not expert pool staff");
        }
    }

    DrawWindow window() {
        return new DrawWindow(terms().expertDrawWorkingDaysBefore(), calendar);
    }

    /** Asks the first waiting reserve in place of {@code replaced}; one booked that day elsewhere is skipped. */
    private void askNextReserve(Assignment replaced) {
        Need need = require(replaced.needId());
        Assignment place = replaced;
        while (true) {
            var next = needs.nextReserve(need.id());
            if (next.isEmpty()) {
                audit.recordChange("EXPERT_RESERVES_EXHAUSTED", "expert_need", need.id(), "after assignment="
                        + place.id());
                return;
            }
            Instant now = clock.instant();
            if (!needs.ask(next.get().id(), place.id(), now, deadline(now, need.date(), terms()))) {
                return;
            }
            Assignment asked = needs.assignment(next.get().id()).orElseThrow();
            if (book(asked, need)) {
                audit.recordChange("EXPERT_RESERVE_ASKED", "expert_assignment", asked.id(), "need=" + need.id()
                        + " expert=" + asked.expertId() + " replaces=" + place.id());
                tell(asked, need, true);
                return;
            }
            place = asked;
        }
    }

    /**
     * Books the asked expert for the need's day (one place per expert and day, a unique key in the database); when
     * another need holds them that day the place is recorded as booked elsewhere and false answered. Two co-signatures
     * racing for one expert: the later insert breaks the key and its co-signature is refused, to be made again.
     */
    private boolean book(Assignment a, Need need) {
        if (needs.bookedElsewhere(a.expertId(), need.date(), a.id())) {
            needs.markBooked(a.id());
            audit.recordChange("EXPERT_BOOKED_ELSEWHERE", "expert_assignment", a.id(), "need=" + need.id()
                    + " expert=" + a.expertId() + " on=" + need.date());
            return false;
        }
        try {
            needs.book(a.id(), a.expertId(), need.date());
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("expert.refused.bookedThatDay");
        }
        return true;
    }

    private void tell(Assignment a, Need need, boolean reserve) {
        events.publishEvent(new ExpertAsked(a.id(), a.personId(), need.purpose(), need.date(), a.deadline(), reserve));
    }

    /** The answer is due {@code responseHours} after asking, and never later than the start of the need's day. */
    private static Instant deadline(Instant now, LocalDate needDate, PolicyTerms terms) {
        Instant byHours = now.plus(Duration.ofHours(terms.expertResponseHours()));
        Instant dayStarts = BeijingTime.startOf(needDate);
        return byHours.isBefore(dayStarts) ? byHours : dayStarts;
    }

    private PolicyTerms terms() {
        return policies.inForceOn(today()).orElseThrow(() -> new RuleViolationException("expert.refused.noPolicy"))
                .terms();
    }

    private static RuleViolationException alreadyDrawn() {
        return new RuleViolationException("expert.refused.alreadyDrawn");
    }
}
