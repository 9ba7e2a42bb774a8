package cn.jiangxin.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.unit.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Selection rounds (BEN-2): policy staff open them, the system lists the active leading talents who meet the
 * conditions, units propose other people of their own in the window, staff move people with a reason, decide each
 * recommendation within the places and record the awarding body's results. Every change is audited; a won honour is
 * announced as {@link HonourAwarded}.
 */
@Service
public class SelectionRounds {

    /** A round with its list in order, as the user may see it: staff the whole list, others their own rows. */
    record RoundPage(Round round, List<CandidateOrder.Ranked> ranked, long recommended, Round.Stage stage) {

        public long placesLeft() {
            return Math.max(0, round.places() - recommended);
        }
    }

    private final RoundStore store;
    private final Certifications certifications;
    private final CandidateRecords records;
    private final People people;
    private final Units units;
    private final PolicyVersions versions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EvidenceUploads uploads;
    private final MessageSource messages;
    private final Clock clock;

    SelectionRounds(RoundStore store, Certifications certifications, CandidateRecords records, People people,
            Units units, PolicyVersions versions, AuditTrail audit, ApplicationEventPublisher events,
            EvidenceUploads uploads, MessageSource messages, Clock clock) {
        this.uploads = uploads;
        this.store = store;
        this.certifications = certifications;
        this.records = records;
        this.people = people;
        this.units = units;
        this.versions = versions;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What rounds may be opened for under the version in force: the policy's list, then a programme. */
    Map<String, String> purposes() {
        Map<String, String> out = new LinkedHashMap<>(terms().selectionPurposes());
        return out;
    }

    Map<String, String> skillLevels() {
        return records.skillLevels();
    }

    /** Opens a round and lists the active leading talents who meet its conditions; answers its id. */
    @Transactional
    public long open(CurrentUser user, NewRound r) {
        requireStaff(user);
        PolicyVersion version = versions.inForceOn(today())
                .orElseThrow(() -> new RuleViolationException("selection.error.noPolicy"));
        NewRound named = r;
        if (!Round.PROGRAMME.equals(r.purpose())) {
            String name = version.terms().selectionPurposes().get(r.purpose());
            if (name == null) {
                throw new RuleViolationException("purpose", "selection.error.purpose");
            }
            named = r.titled(name);
        }
        if (r.conditions().minSkillLevel() != null && !records.skillLevels().containsKey(r.conditions().minSkillLevel())) {
            throw new RuleViolationException("minSkillLevel", "selection.error.skillLevel");
        }
        long id = store.insert(named, version.terms().selectionRankingTiers(), version.code(), user.accountId(),
                clock.instant());
        audit.recordChange("SELECTION_ROUND_OPENED", "selection_round", id, named.title() + " " + named.year()
                + " places=" + named.places());
        listLeadingTalents(store.find(id).orElseThrow());
        return id;
    }

    /**
     * Lists every active leading talent (a certification whose support period includes today) who meets the round's
     * conditions and is not on the list yet; answers how many were added.
     */
    @Transactional
    int listLeadingTalents(Round round) {
        int added = 0;
        for (Certification c : certifications.activeOn(today())) {
            if (store.listed(round.id(), c.personId())) {
                continue;
            }
            PersonView person = people.find(c.personId()).orElseThrow();
            CandidateRecord record = records.of(c.personId());
            RoundConditions.Check check = round.conditions().check(new RoundConditions.Facts(record.skillLevel(),
                    record.skillRank(), record.trade(), person.birthDate(), null), round.decideOn(),
                    records.skillLevels());
            if (!check.met()) {
                continue;
            }
            String reason = "有效期内的高技能领军人才（证书" + c.certificateNo() + "，支持期至" + ChineseDate.of(c.supportLastDay())
                    + "）" + (check.reasons().isEmpty() ? "" : "；" + check.joined());
            String unitName = units.find(person.unitId()).map(u -> u.name()).orElse(c.unitName());
            if (store.insert(new RoundStore.NewCandidate(round.id(), c.personId(), person.unitId(), person.name(),
                    unitName, Candidate.Source.LEADING_TALENT, clip(reason), record.trade(), record.skillLevel(), null,
                    null, null, clock.instant())).isPresent()) {
                added++;
            }
        }
        return added;
    }

    /** Ends the units' window now (staff), lists leading talents certified since the round opened. */
    @Transactional
    void endProposals(CurrentUser user, long roundId) {
        requireStaff(user);
        Round round = round(roundId);
        if (round.stageOn(today()) == Round.Stage.DECIDING || !store.endProposals(roundId, clock.instant())) {
            throw new RuleViolationException("selection.error.windowClosed");
        }
        int added = listLeadingTalents(round);
        audit.recordChange("SELECTION_PROPOSALS_ENDED", "selection_round", roundId, "talents added=" + added);
    }

    /** A unit officer proposes one of the unit's people in the window; answers the candidate's id. */
    @Transactional
    public long propose(CurrentUser user, long roundId, Proposal p) {
        return propose(user, roundId, p, null);
    }

    /**
     * As {@link #propose(CurrentUser, long, Proposal)}, with a file of evidence (optional), judged by the evidence
     * module's upload rules.
     */
    @Transactional
    long propose(CurrentUser user, long roundId, Proposal p, MultipartFile evidence) {
        if (!user.has(Role.UNIT_OFFICER) || user.unit().isEmpty()) {
            throw new NotFoundException("selection round " + roundId);
        }
        Round round = round(roundId);
        ProposalWindowOpen.refusal(round, today()).ifPresent(SelectionRounds::refuse);
        PersonView person = people.find(p.personId()).filter(v -> v.unitId() == user.unitId())
                .orElseThrow(() -> new RuleViolationException("personId", "selection.error.notOwnUnit"));
        if (p.skillLevel() != null && !records.skillLevels().containsKey(p.skillLevel())) {
            throw new RuleViolationException("skillLevel", "selection.error.skillLevel");
        }
        if (round.conditions().minServiceYears() != null && p.serviceYears() == null) {
            throw new RuleViolationException("serviceYears", "selection.error.serviceYearsNeeded");
        }
        if (store.listed(roundId, p.personId())) {
            throw new RuleViolationException("personId", "selection.error.listedAlready");
        }
        int rank = p.skillLevel() == null ? -1 : List.copyOf(records.skillLevels().keySet()).indexOf(p.skillLevel());
        RoundConditions.Check check = round.conditions().check(new RoundConditions.Facts(p.skillLevel(), rank,
                p.trade(), person.birthDate(), p.serviceYears()), round.decideOn(), records.skillLevels());
        if (!check.met()) {
            throw new RuleViolationException("personId", check.joined());
        }
        String reason = "由所在单位推荐" + (check.reasons().isEmpty() ? "" : "；" + check.joined());
        String unitName = units.find(person.unitId()).map(u -> u.name()).orElse("");
        long id = store.insert(new RoundStore.NewCandidate(roundId, person.id(), person.unitId(), person.name(),
                unitName, Candidate.Source.PROPOSED, clip(reason), p.trade(), p.skillLevel(), p.serviceYears(),
                p.reason(), user.accountId(), clock.instant()))
                .orElseThrow(() -> new RuleViolationException("personId", "selection.error.listedAlready"));
        String file = "";
        if (evidence != null && !evidence.isEmpty()) {
            EvidenceUploads.AcceptedDocument doc = uploads.acceptDocument(evidence);
            store.attachEvidence(id, doc.displayName(), doc.storedName(), doc.contentType());
            file = " evidence sha256=" + doc.sha256();
        }
        audit.recordChange("SELECTION_CANDIDATE_PROPOSED", "selection_round", roundId, "candidate=" + id
                + " person=" + person.id() + file);
        return id;
    }

    /** Staff move a candidate to a position, with the reason; the page shows both. */
    @Transactional
    void move(CurrentUser user, long candidateId, int position, String reason) {
        requireStaff(user);
        Candidate c = candidate(candidateId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RuleViolationException("reason", "selection.error.moveReason");
        }
        int size = store.candidates(c.roundId()).size();
        if (position < 1 || position > size) {
            throw new RuleViolationException("position", "selection.error.position");
        }
        if (c.decision() != null) {
            throw new RuleViolationException("selection.error.decidedAlready");
        }
        store.move(candidateId, position, why, clock.instant());
        audit.recordChange("SELECTION_CANDIDATE_MOVED", "selection_candidate", candidateId, "round=" + c.roundId()
                + " to=" + position + " reason=" + why);
    }

    /** Staff decide one candidate: 推荐上报 within the places, or 未推荐 with the reason; once. */
    @Transactional
    void decide(CurrentUser user, long candidateId, Candidate.Decision decision, String reason) {
        requireStaff(user);
        Candidate c = candidate(candidateId);
        Round round = store.lock(c.roundId()).orElseThrow();
        c = candidate(candidateId);
        String why = reason == null ? "" : reason.strip();
        if (decision == null) {
            throw new RuleViolationException("decision", "selection.error.decision");
        }
        if (decision == Candidate.Decision.NOT_RECOMMENDED && why.isEmpty() || why.length() > 500) {
            throw new RuleViolationException("reason", "selection.error.decisionReason");
        }
        OutcomesInOrder.refusesDecision(round, c, today()).ifPresent(SelectionRounds::refuse);
        if (decision == Candidate.Decision.RECOMMENDED) {
            PlacesLeft.refusal(round, store.recommended(round.id())).ifPresent(SelectionRounds::refuse);
        }
        if (!store.decide(candidateId, decision, why.isEmpty() ? null : why, user.accountId(), clock.instant())) {
            refuse("selection.error.decidedAlready");
        }
        audit.recordChange(decision == Candidate.Decision.RECOMMENDED ? "SELECTION_RECOMMENDED"
                : "SELECTION_NOT_RECOMMENDED", "selection_candidate", candidateId,
                "round=" + round.id() + " person=" + c.personId() + (why.isEmpty() ? "" : " reason=" + why));
    }

    /** Staff record the awarding body's result for a recommended candidate, once; a won honour is announced. */
    @Transactional
    void recordResult(CurrentUser user, long candidateId, Candidate.Result result, LocalDate on) {
        requireStaff(user);
        Candidate c = candidate(candidateId);
        if (result == null) {
            throw new RuleViolationException("result", "selection.error.result");
        }
        OutcomesInOrder.refusesResult(c, on, today()).ifPresent(SelectionRounds::refuse);
        if (!store.recordResult(candidateId, result, on, user.accountId(), clock.instant())) {
            refuse("selection.error.resultAlready");
        }
        Round round = round(c.roundId());
        audit.recordChange(result == Candidate.Result.AWARDED ? "SELECTION_AWARDED" : "SELECTION_NOT_AWARDED",
                "selection_candidate", candidateId, "round=" + round.id() + " person=" + c.personId() + " on=" + on);
        if (result == Candidate.Result.AWARDED && round.forHonour()) {
            events.publishEvent(new HonourAwarded(c.personId(), round.purpose(), round.title(), on, round.id(),
                    candidateId));
        }
    }

    /** The round with its list in order: staff see every candidate, an officer the unit's, a talent their own. */
    @Transactional(readOnly = true)
    RoundPage page(CurrentUser user, long roundId) {
        Round round = round(roundId);
        if (!(staff(user) || user.has(Role.UNIT_OFFICER) || user.has(Role.TALENT))) {
            throw new NotFoundException("selection round " + roundId);
        }
        List<CandidateOrder.Ranked> ranked = order(round).rank(store.candidates(roundId), records::of).stream()
                .filter(r -> visible(user, r.candidate())).toList();
        return new RoundPage(round, ranked, store.recommended(roundId), round.stageOn(today()));
    }

    /** The recommended candidates in list order, for the export to the higher authority (staff). */
    @Transactional(readOnly = true)
    RoundPage recommended(CurrentUser user, long roundId) {
        requireStaff(user);
        RoundPage all = page(user, roundId);
        return new RoundPage(all.round(), all.ranked().stream()
                .filter(r -> r.candidate().decision() == Candidate.Decision.RECOMMENDED).toList(), all.recommended(),
                all.stage());
    }

    /** The rounds a talent is or was a candidate in, with the outcome. */
    List<Candidate> ofTalent(CurrentUser user) {
        return user.person().map(store::ofPerson).orElse(List.of());
    }

    /** Whether any round was ever opened (the demo opens its round once). */
    public boolean anyOpened() {
        return store.anyRound();
    }

    /** A file of evidence for a candidate's proposal: its name, type and bytes' place. */
    record Evidence(String name, String contentType, java.nio.file.Path path) {
    }

    /** The evidence of a proposal, for staff and the officers of the candidate's unit. */
    Evidence evidence(CurrentUser user, long candidateId) {
        Candidate c = candidate(candidateId);
        if (!(staff(user) || user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == c.unitId()).isPresent())) {
            throw new NotFoundException("selection candidate " + candidateId);
        }
        String[] e = store.evidence(candidateId)
                .orElseThrow(() -> new NotFoundException("evidence of candidate " + candidateId));
        return new Evidence(e[0], e[2], uploads.documentPath(e[1]));
    }

    /** The round of a candidate (for the way back to its page). */
    long roundOf(long candidateId) {
        return candidate(candidateId).roundId();
    }

    Optional<Round> find(long id) {
        return store.find(id);
    }

    CandidateOrder order(Round round) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String tier : round.rankingTiers()) {
            words.put(tier, messages.getMessage("policy.code." + tier, null, tier, LocaleContextHolder.getLocale()));
        }
        return new CandidateOrder(round.rankingTiers(), words);
    }

    static boolean staff(CurrentUser user) {
        return user.has(Role.POLICY_ADMIN);
    }

    private static boolean visible(CurrentUser user, Candidate c) {
        return staff(user) || user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == c.unitId()).isPresent()
                || user.person().filter(p -> p == c.personId()).isPresent();
    }

    private Round round(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("selection round " + id));
    }

    private Candidate candidate(long id) {
        return store.candidate(id).orElseThrow(() -> new NotFoundException("selection candidate " + id));
    }

    private PolicyTerms terms() {
        return versions.inForceOn(today()).map(PolicyVersion::terms)
                .orElseThrow(() -> new RuleViolationException("selection.error.noPolicy"));
    }

    private static void requireStaff(CurrentUser user) {
        if (!staff(user)) {
            throw new NotFoundException("selection");
        }
    }

    private static void refuse(String key) {
        throw new RuleViolationException(key);
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
