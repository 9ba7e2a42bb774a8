package cn.jiangxin.eligibility.domain;

import java.time.LocalDate;

import cn.jiangxin.policy.PolicyTerms;

/** One condition of art. 3, decided on a date under a version's terms. */
public sealed interface EligibilityRule permits WorkingAge, Affiliation, Recommendation, QualifyingAchievement {

    /** The rule's name in the API, e.g. WORKING_AGE. */
    String name();

    RuleDecision decide(Candidate candidate, LocalDate asOf, PolicyTerms terms);
}
