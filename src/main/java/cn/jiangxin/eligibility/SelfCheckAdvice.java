package cn.jiangxin.eligibility;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.PolicyTerms;

/**
 * What a "not yet eligible" self-check says next (item 6): for each condition of art. 3 that failed, what would meet
 * it, in the terms of the version in force (the district, the competitions and the places that count, the honours,
 * the studio levels), and whom to ask. The page words each line; the numbers come from the policy version.
 *
 * @param failed       the rules that failed, in the order of the evaluation
 * @param district     the district of the version (朝阳区)
 * @param competitions each competition with the lowest place that counts there
 * @param honours      the honours and allowances that count, by name
 * @param studioLevels the studio levels whose leaders count, by name
 * @param phone        the Bureau's enquiry phone
 */
record SelfCheckAdvice(List<String> failed, String district, List<Place> competitions,
        Collection<String> honours, Collection<String> studioLevels, String phone) {

    /** A competition and the lowest place that still counts there (1: winners only). */
    public record Place(Competition competition, int lowest) {

        public String name(Locale locale) {
            return competition.displayName(locale);
        }
    }

    public SelfCheckAdvice {
        failed = List.copyOf(failed);
        competitions = List.copyOf(competitions);
        honours = List.copyOf(honours);
        studioLevels = List.copyOf(studioLevels);
    }

    /** The advice for a result, or null when the person is eligible (nothing to advise). */
    static SelfCheckAdvice of(Evaluation evaluation, PolicyTerms terms, String phone) {
        if (evaluation.eligible()) {
            return null;
        }
        List<String> failed = evaluation.checks().stream().filter(c -> !c.passed()).map(c -> c.rule()).toList();
        List<Place> places = java.util.Arrays.stream(Competition.values())
                .flatMap(c -> terms.lowestCountingPlace(c.name()).map(p -> new Place(c, p)).stream()).toList();
        return new SelfCheckAdvice(failed, terms.districtName(), places, terms.honors().values(),
                terms.studioLevels().values(), phone);
    }

    public boolean failed(String rule) {
        return failed.contains(rule);
    }
}
