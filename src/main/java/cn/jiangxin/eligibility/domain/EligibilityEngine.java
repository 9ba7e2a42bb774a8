package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.PolicyVersion;

/** Applies the rules of art. 3, in the contract's order, under one policy version on one date. */
public final class EligibilityEngine {

    /** The active rules, in the order of the API's checks. */
    public static final List<EligibilityRule> RULES = List.of(
            new WorkingAge(), new Affiliation(), new Recommendation(), new QualifyingAchievement());

    public Evaluation evaluate(Candidate candidate, LocalDate asOf, PolicyVersion version) {
        PolicyTerms terms = version.terms();
        List<RuleDecision> checks = new ArrayList<>(RULES.size());
        for (EligibilityRule rule : RULES) {
            checks.add(rule.decide(candidate, asOf, terms));
        }
        boolean eligible = checks.stream().allMatch(RuleDecision::passed);
        List<AssessedAchievement> assessed = candidate.achievements().stream()
                .map(a -> AssessedAchievement.of(a, asOf, terms)).toList();
        Set<Criterion> matched = EnumSet.noneOf(Criterion.class);
        assessed.stream().filter(AssessedAchievement::counts).forEach(a -> matched.add(a.criterion()));
        LocalDate retirement = StatutoryRetirement.retirementDate(candidate.birthDate(), terms.retirement(candidate.category()));
        List<Entitlement> entitlements = eligible ? entitlements(assessed, asOf, terms) : List.of();
        return new Evaluation(eligible, asOf, version.code(), checks, List.copyOf(matched), retirement, entitlements);
    }

    private static List<Entitlement> entitlements(List<AssessedAchievement> assessed, LocalDate asOf, PolicyTerms terms) {
        LocalDate validUntil = terms.supportPeriodFrom(asOf).lastDay();
        List<Entitlement> out = new ArrayList<>();
        assessed.stream().filter(AssessedAchievement::isWorldSkillsGold).forEach(gold -> {
            out.add(new Entitlement("WORLDSKILLS_GOLD_REWARD_PERSON", terms.worldSkillsGoldPersonFen(), null,
                    terms.article("reward.worldSkillsGold.personFen"), validUntil));
            out.add(new Entitlement("WORLDSKILLS_GOLD_REWARD_TRAINING_UNIT", terms.worldSkillsGoldTrainingUnitFen(), null,
                    terms.article("reward.worldSkillsGold.trainingUnitFen"), validUntil));
        });
        for (PolicyTerms.Measure m : terms.measures()) {
            out.add(new Entitlement(m.code(), null, m.quotaPerYear(), m.article(), validUntil));
        }
        return out;
    }
}
