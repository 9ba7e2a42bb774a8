package cn.jiangxin.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.eligibility.EligibilityDecisions;
import cn.jiangxin.eligibility.EligibilityEvaluations;
import cn.jiangxin.eligibility.domain.AffiliatedUnit;
import cn.jiangxin.eligibility.domain.Candidate;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.eligibility.domain.RuleDecision;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.unit.UnitView;
import cn.jiangxin.unit.Units;
import org.springframework.stereotype.Component;

/**
 * A case seen by the eligibility rules of art. 3: the person's birth date and sex from the ID number, the woman's
 * retirement category from the form, the nominating unit's kind and district, the unit's recommendation (its signed
 * and stamped form is on file) and the achievements, with the honours on the person's record that selection rounds
 * conferred ({@link RecordedHonours}). Evaluated under the version in force today.
 */
@Component
class CaseEligibility {

    /**
     * An evaluation, or why the case cannot be evaluated yet, as the pages beside a case show it: about the nominee
     * (the rules' reasons address the person checking themselves), and with the checks that fail only for what the
     * case is still waiting for: the signed and stamped form (the unit's recommendation) and the reviewer's
     * verification of the {@code unverified} achievements. Those are pending, not failed.
     */
    record Outcome(Evaluation evaluation, String missing, boolean awaitingStampedForm, long unverified) {

        /** Whether the check of this rule failed only for what the case is still waiting for. */
        public boolean pending(String rule) {
            return evaluation != null && evaluation.checks().stream()
                    .anyMatch(c -> c.rule().equals(rule) && !c.passed() && waitsFor(rule));
        }

        /** Not eligible as it stands, but only for what is pending: every other condition is met. */
        public boolean undecided() {
            return evaluation != null && !evaluation.eligible()
                    && evaluation.checks().stream().filter(c -> !c.passed()).allMatch(c -> waitsFor(c.rule()));
        }

        /** A check's reason about the nominee, for the officer filling the form or the reviewer. */
        public String reason(RuleDecision check) {
            return check.reasonAbout("被推荐人");
        }

        private boolean waitsFor(String rule) {
            return switch (rule) {
                case "RECOMMENDATION" -> awaitingStampedForm;
                case "QUALIFYING_ACHIEVEMENT" -> unverified > 0;
                default -> false;
            };
        }
    }

    private final EligibilityEvaluations evaluations;
    private final EligibilityDecisions decisions;
    private final People people;
    private final Units units;
    private final RecordedHonours honours;
    private final Clock clock;

    CaseEligibility(EligibilityEvaluations evaluations, EligibilityDecisions decisions, People people, Units units,
            RecordedHonours honours, Clock clock) {
        this.honours = honours;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    /** The form as it stands, with every achievement it lists: for the unit while filling it in. */
    Outcome asFilled(NominationView n, NominationDraft draft, boolean stampedFormOnFile) {
        return outcome(n, draft, draft.achievements(), stampedFormOnFile, 0);
    }

    /**
     * The case with only the achievements the reviewer confirmed: what passing it would decide. Achievements not yet
     * verified are pending.
     */
    Outcome asVerified(NominationView n, boolean stampedFormOnFile) {
        long unverified = n.draft().achievements().stream().filter(a -> n.check(a.index()).isEmpty()).count();
        return outcome(n, n.draft(), n.confirmedAchievements(), stampedFormOnFile, unverified);
    }

    private Outcome outcome(NominationView n, NominationDraft draft, List<Achievement> achievements,
            boolean stampedFormOnFile, long unverified) {
        return candidate(n, draft, achievements, stampedFormOnFile)
                .map(c -> new Outcome(evaluations.evaluate(c, LocalDate.now(clock)), null, !stampedFormOnFile,
                        unverified))
                .orElseGet(() -> new Outcome(null, missingCategory(), !stampedFormOnFile, unverified));
    }

    /** Stores the decision on the confirmed achievements under today's version; its id stays with the case. */
    EligibilityDecisions.RecordedDecision record(NominationView n, String decidedBy) {
        PersonView person = people.find(n.personId()).orElseThrow();
        Candidate c = candidate(n, n.draft(), n.confirmedAchievements(), true)
                .orElseThrow(() -> new RuleViolationException("retirementCategory", missingCategory()));
        return decisions.decideAndRecord(c, person.idNumber().masked(), LocalDate.now(clock), decidedBy);
    }

    Optional<EligibilityDecisions.StoredDecision> stored(Long decisionId) {
        return decisionId == null ? Optional.empty() : decisions.find(decisionId);
    }

    private Optional<Candidate> candidate(NominationView n, NominationDraft draft, List<Achievement> achievements,
            boolean recommended) {
        PersonView person = people.find(n.personId()).orElseThrow();
        if (person.sex() == Sex.FEMALE && !womansCategory(draft.retirementCategory())) {
            return Optional.empty();
        }
        UnitView unit = units.find(n.unitId()).orElseThrow();
        List<Achievement> counted = new java.util.ArrayList<>(achievements);
        counted.addAll(honours.of(n.personId()));
        return Optional.of(new Candidate(person.birthDate(), person.sex(),
                person.sex() == Sex.FEMALE ? draft.retirementCategory() : null,
                new AffiliatedUnit(unit.kind().name(), unit.districtCode().value()), recommended,
                counted.stream().map(CaseEligibility::rulesView).toList()));
    }

    static cn.jiangxin.eligibility.domain.Achievement rulesView(Achievement a) {
        return switch (a.kind()) {
            case COMPETITION -> new cn.jiangxin.eligibility.domain.Achievement.CompetitionPlace(a.competition().name(),
                    a.place(), a.achievedOn());
            case HONOR -> new cn.jiangxin.eligibility.domain.Achievement.Honor(a.honour(), a.achievedOn());
            case STUDIO_LEADER -> new cn.jiangxin.eligibility.domain.Achievement.StudioLeadership(
                    a.studioLevel().name(), a.achievedOn());
        };
    }

    /** Whether a category was chosen that a woman can have (a form may send anything, even the men's category). */
    static boolean womansCategory(RetirementCategory category) {
        return category != null && category != RetirementCategory.MALE_60;
    }

    private static String missingCategory() {
        return "身份证号码显示为女性，请先选择退休类别（女干部/管理和专业技术岗位为55周岁，女职工为50周岁），才能测算法定劳动年龄";
    }
}
