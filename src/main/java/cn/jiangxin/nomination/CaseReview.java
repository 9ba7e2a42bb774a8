package cn.jiangxin.nomination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.NominationFiles;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's side of a case under review: verifying each achievement against its evidence, what is still lacking
 * before the case can pass, and the eligibility decision recorded when it passes (on the confirmed achievements only).
 */
@Service
public class CaseReview {

    private final NominationStore store;
    private final NominationFiles files;
    private final CaseEligibility eligibility;
    private final AuditTrail audit;
    private final Clock clock;

    CaseReview(NominationStore store, NominationFiles files, CaseEligibility eligibility, AuditTrail audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the verification of one achievement; only the reviewer holding the case, while it is under review. */
    @Transactional
    public AchievementCheck verify(CurrentUser user, long id, int index, AchievementCheck.Outcome outcome, String note) {
        NominationView n = store.find(id).filter(c -> CaseScope.maySee(user, c.unitId()))
                .orElseThrow(() -> new NotFoundException("nomination " + id));
        if (!mayVerify(user, n)) {
            throw new TransitionRefusedException(null, "只有受理此案件的初审人员可以在“初审中”核实业绩，案件当前状态为“"
                    + n.state().label() + "”");
        }
        if (outcome == null) {
            throw new cn.jiangxin.platform.RuleViolationException("outcome", "请选择核实结果");
        }
        AchievementCheck check = new AchievementCheck(index, outcome, note, user.accountId(), clock.instant());
        if (!store.check(id, check)) {
            throw new NotFoundException("achievement " + index + " of nomination " + id);
        }
        audit.recordChange("NOMINATION_ACHIEVEMENT_" + outcome.name(), "nomination", id,
                "achievement " + (index + 1) + (check.note().isEmpty() ? "" : " " + check.note()));
        return check;
    }

    /** Whether the user may verify the case's achievements now: the reviewer holding it while it is under review. */
    static boolean mayVerify(CurrentUser user, NominationView n) {
        return user.has(Role.REVIEWER) && OnlyTheHolder.holds(n.workflow(), user);
    }

    public NominationView caseOf(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("nomination " + id));
    }

    /** What the review lacks before the case can pass: unverified achievements, or ineligibility on the confirmed ones. */
    List<CaseFacts.Gap> gaps(NominationView n) {
        return gaps(n, null);
    }

    /** As {@link #gaps(NominationView)}, reusing the verified outcome when the caller has already evaluated it. */
    List<CaseFacts.Gap> gaps(NominationView n, CaseEligibility.Outcome evaluated) {
        List<CaseFacts.Gap> gaps = new ArrayList<>();
        for (Achievement a : n.draft().achievements()) {
            if (n.check(a.index()).isEmpty()) {
                gaps.add(new CaseFacts.Gap("achievements[" + a.index() + "]", "第" + (a.index() + 1) + "项业绩尚未核实"));
            }
        }
        if (!gaps.isEmpty()) {
            return gaps;
        }
        CaseEligibility.Outcome outcome = evaluated != null ? evaluated : verifiedOutcome(n);
        if (outcome.evaluation() == null) {
            gaps.add(new CaseFacts.Gap("retirementCategory", outcome.missing()));
        } else if (!outcome.evaluation().eligible()) {
            outcome.evaluation().checks().stream().filter(c -> !c.passed())
                    .forEach(c -> gaps.add(new CaseFacts.Gap(c.rule(), "按已核实的业绩不符合条件：" + c.reason())));
        }
        return gaps;
    }

    /** The evaluation a pass would record, on the confirmed achievements. */
    CaseEligibility.Outcome verifiedOutcome(NominationView n) {
        return eligibility.asVerified(n, hasStampedForm(n.id()));
    }

    /** Stores the decision made on passing the case and links it to the case. */
    Evaluation recordDecision(NominationView passed, CurrentUser reviewer) {
        var decision = eligibility.record(passed, reviewer.username());
        store.recordDecision(passed.id(), decision.id());
        return decision.evaluation();
    }

    /** The decision stored when the case passed review, if it has. */
    java.util.Optional<cn.jiangxin.eligibility.EligibilityDecisions.StoredDecision> decision(NominationView n) {
        return eligibility.stored(n.eligibilityDecisionId());
    }

    boolean hasStampedForm(long id) {
        return files.of(id).stream().anyMatch(f -> f.kind() == FileCategory.STAMPED_FORM);
    }
}
