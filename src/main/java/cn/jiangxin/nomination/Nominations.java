package cn.jiangxin.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.StoredFile;
import cn.jiangxin.evidence.NominationFiles;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.identity.Role;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nomination module's API: a unit officer opens a draft for one of their unit's people, saves it, and moves it
 * through the workflow; Bureau staff see every case, an officer only their unit's, others none (404).
 */
@Service
public class Nominations {

    static final String OPEN_CASE_EXISTS = "该人员已有一件未办结的推荐案件，不能再新建；请打开该案件继续办理";

    private final NominationStore store;
    private final NominationFiles files;
    private final People people;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CaseReview review;
    private final DraftRules draftRules;
    private final CaseClosing closing;
    private final TalentAccounts talents;

    Nominations(NominationStore store, NominationFiles files, People people, Clock clock,
            AuditTrail audit, ApplicationEventPublisher events, CaseReview review, DraftRules draftRules,
            CaseClosing closing, TalentAccounts talents) {
        this.store = store;
        this.files = files;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.review = review;
        this.draftRules = draftRules;
        this.closing = closing;
        this.talents = talents;
    }

    /** Staff see a case once it has been submitted; a unit's unsubmitted draft is only the unit's. */
    public boolean canSee(CurrentUser user, NominationView n) {
        return CaseScope.isOfficerOf(user, n.unitId()) || CaseScope.isStaff(user) && n.submittedAt() != null;
    }

    /** @throws NotFoundException when there is no such case or the user may not see it */
    public NominationView requireVisible(CurrentUser user, long id) {
        return store.find(id).filter(n -> canSee(user, n)).orElseThrow(() -> new NotFoundException("nomination " + id));
    }

    /** The case, when the user is an officer of its unit and the unit may still change it. */
    public NominationView requireEditable(CurrentUser user, long id) {
        NominationView n = store.find(id).filter(c -> CaseScope.isOfficerOf(user, c.unitId()))
                .orElseThrow(() -> new NotFoundException("nomination " + id));
        if (!n.state().isEditableByUnit()) {
            throw new RuleViolationException("案件当前状态为“" + n.state().label() + "”，推荐表不能再修改");
        }
        return n;
    }

    /**
     * Opens a draft for a person of the officer's unit who has no open case; of two requests at once (a double
     * click) one opens it and the other is refused like any later one.
     *
     * @throws RuleViolationException when the person has an open case
     */
    @Transactional
    public long open(CurrentUser user, long personId) {
        PersonView person = people.find(personId).filter(p -> CaseScope.isOfficerOf(user, p.unitId()))
                .orElseThrow(() -> new NotFoundException("person " + personId));
        if (store.openCaseOf(person.id()).isPresent()) {
            throw new RuleViolationException("person", OPEN_CASE_EXISTS);
        }
        long id;
        try {
            id = store.insert(person.id(), person.unitId(), user.accountId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException("person", OPEN_CASE_EXISTS);
        }
        audit.recordChange("NOMINATION_CREATED", "nomination", id, "person=" + person.id() + " unit=" + person.unitId());
        return id;
    }

    /**
     * The case a unit is invited to make for a person of the officer's unit whose achievement is already known (an
     * authoritative list, 免申即享: a competition place, an honour or a studio): a new draft with {@code achievement} as
     * its first achievement, checked like any saved draft's (its description
     * says where it is on record), or, when the person already has an open case of this unit, that case unchanged
     * (never a second case). The officer completes and submits the form as usual.
     *
     * @throws RuleViolationException when the person's open case is another unit's
     */
    @Transactional
    public long openWithAchievement(CurrentUser user, long personId, Achievement achievement) {
        PersonView person = people.find(personId).filter(p -> CaseScope.isOfficerOf(user, p.unitId()))
                .orElseThrow(() -> new NotFoundException("person " + personId));
        if (achievement == null || achievement.index() != 0) {
            throw new IllegalArgumentException("a pre-filled case starts with one achievement, the form's first");
        }
        Optional<OpenCase> open = store.openCaseOf(person.id());
        if (open.isPresent()) {
            if (open.get().unitId() != person.unitId() || !CaseScope.isOfficerOf(user, open.get().unitId())) {
                throw new RuleViolationException("person", OPEN_CASE_EXISTS);
            }
            return open.get().nominationId();
        }
        long id = open(user, personId);
        NominationDraft draft = new NominationDraft("", "", "", "", null, List.of(achievement), "", "", null, null);
        draftRules.check(draft, LocalDate.now(clock));
        store.update(id, draft, clock.instant());
        audit.recordChange("NOMINATION_SAVED", "nomination", id, "pre-filled: 1 achievement");
        return id;
    }

    /** The open case of each of these people that has one, whoever's unit it is of. */
    Map<Long, OpenCase> openCasesOf(Collection<Long> personIds) {
        return store.openCasesOf(personIds);
    }

    /** Saves the draft; evidence stays with the achievement at the same position, and is dropped with it. */
    @Transactional
    public void save(CurrentUser user, long id, NominationDraft draft) {
        Map<Integer, Integer> same = new HashMap<>();
        draft.achievements().forEach(a -> same.put(a.index(), a.index()));
        save(user, id, draft, same);
    }

    /**
     * Saves the draft; {@code evidenceMoves} maps an achievement's saved position to its new one, so its evidence
     * follows it. Evidence of achievements not mapped is deleted.
     */
    @Transactional
    public void save(CurrentUser user, long id, NominationDraft draft, Map<Integer, Integer> evidenceMoves) {
        requireEditable(user, id);
        draftRules.check(draft, LocalDate.now(clock));
        store.update(id, draft, clock.instant());
        int dropped = files.renumberEvidence(id, evidenceMoves, draft.achievements().size());
        audit.recordChange("NOMINATION_SAVED", "nomination", id, draft.achievements().size() + " achievements"
                + (dropped == 0 ? "" : ", " + dropped + " evidence files of removed achievements deleted"));
    }

    /**
     * Takes a workflow action; the workflow decides whether it is allowed. Submitting opens the talent's account on
     * the first submission of any case about the person (not when the draft is opened: a draft may be abandoned, and
     * then nobody needs an account), and never a second one.
     */
    @Transactional
    public ActionTaken act(CurrentUser user, long id, NominationAction action, String reason) {
        return take(user, requireVisible(user, id), action, reason)
                .orElseThrow(() -> new TransitionRefusedException(null, "案件状态已被他人更改，请刷新页面后重试"));
    }

    /**
     * Submits the case once the officer confirmed it on a page that showed its history with {@code steps} steps.
     * Exactly once: a repeated confirmation (a double click, a retry after an answer that got lost) finds the
     * submission that the first one made and answers with it, without the talent's credentials (those are shown
     * once; the case page can issue new ones); a case that moved otherwise since the page was shown is refused, to be
     * looked at again.
     */
    @Transactional
    public ActionTaken submit(CurrentUser user, long id, int steps) {
        NominationView n = requireVisible(user, id);
        if (n.history().size() == steps) {
            Optional<ActionTaken> taken = take(user, n, NominationAction.SUBMIT, null);
            if (taken.isPresent()) {
                return taken.get();
            }
            n = requireVisible(user, id);
        }
        return submissionSince(n, steps).map(t -> new ActionTaken(t, Optional.<IssuedCredentials>empty()))
                .orElseThrow(() -> new RuleViolationException("nom.submit.changed"));
    }

    /** The submission among the steps after the first {@code steps}, if the case still stands submitted. */
    private static Optional<Transition> submissionSince(NominationView n, int steps) {
        if (steps < 0 || steps >= n.history().size() || n.state().isEditableByUnit()) {
            return Optional.empty();
        }
        return n.history().subList(steps, n.history().size()).stream()
                .filter(t -> t.action() == NominationAction.SUBMIT).findFirst();
    }

    /** Takes the action the workflow allows; empty when another request moved the case since it was read. */
    private Optional<ActionTaken> take(CurrentUser user, NominationView n, NominationAction action, String reason) {
        long id = n.id();
        Transition t = n.workflow().decide(action, user, reason, factsFor(n, action), clock.instant());
        if (!store.apply(id, t)) {
            return Optional.empty();
        }
        Optional<IssuedCredentials> issued = Optional.empty();
        switch (action) {
            case SUBMIT -> issued = talents.openFor(n.personId(),
                    people.find(n.personId()).map(PersonView::name).orElse(null));
            case PASS -> review.recordDecision(n, user);
            case CERTIFY -> closing.certify(n, t);
            default -> { }
        }
        audit.recordChange("NOMINATION_" + action.name(), "nomination", id,
                t.from() + "->" + t.to() + (t.reason() == null ? "" : " " + t.reason()));
        events.publishEvent(new NominationTransitioned(id, n.personId(), n.unitId(), t.from(), t.to(), action,
                user.accountId(), t.at(), t.reason()));
        return Optional.of(new ActionTaken(t, issued));
    }

    /** What the workflow is told about the case for this action: form gaps, review gaps, or the notice. */
    CaseFacts factsFor(NominationView n, NominationAction action) {
        return switch (action) {
            case SUBMIT -> CaseFacts.ofForm(gaps(n));
            case PASS -> CaseFacts.ofReview(review.gaps(n));
            default -> closing.facts(n);
        };
    }

    /** The files of a case, without a scope check: for callers that have already checked it. */
    List<StoredFile> filesOf(long id) {
        return files.of(id);
    }

    /** What the case still lacks before submission, in form order. */
    public List<CaseFacts.Gap> gaps(NominationView n) {
        List<CaseFacts.Gap> gaps = new ArrayList<>(n.draft().gaps());
        PersonView person = people.find(n.personId()).orElseThrow();
        if (person.sex() == cn.jiangxin.person.Sex.FEMALE && n.draft().retirementCategory() == null) {
            gaps.add(new CaseFacts.Gap("retirementCategory", "请选择退休类别（女干部或女职工），用于测算法定劳动年龄"));
        }
        List<StoredFile> stored = files.of(n.id());
        boolean evidenced = n.draft().achievements().stream().anyMatch(a -> stored.stream()
                .anyMatch(f -> f.kind() == FileCategory.EVIDENCE && Integer.valueOf(a.index()).equals(f.achievementIndex())));
        if (!evidenced) {
            gaps.add(new CaseFacts.Gap("achievements", "请至少填写一项业绩并上传其证明材料"));
        }
        if (stored.stream().noneMatch(f -> f.kind() == FileCategory.STAMPED_FORM)) {
            gaps.add(new CaseFacts.Gap("stampedForm", "请上传签字盖章后的推荐表扫描件"));
        }
        return gaps;
    }
}
