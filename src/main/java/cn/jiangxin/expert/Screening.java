package cn.jiangxin.expert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exclusion before a draw: every rule asked about every expert, in the order below; the first refusal is the
 * reason shown. What is left qualifies and goes into the frozen snapshot.
 */
final class Screening {

    static final List<ExclusionRule> RULES = List.of(new OnlyActiveExperts(), new OffersTheRole(), new CoversATrade(),
            new NotAPersonConcerned(), new NotOfAConcernedUnit(), new NoDeclaredConflict(), new NotEngagedThatDay());

    /** The experts who qualify, in the given order, and the others with the reason (message key) of each. */
    record Result(List<Candidate> qualifying, Map<Long, String> excluded) {
    }

    private Screening() {
    }

    static Result screen(List<Candidate> pool, NeedFacts need) {
        List<Candidate> qualifying = new ArrayList<>();
        Map<Long, String> excluded = new LinkedHashMap<>();
        for (Candidate c : pool) {
            String reason = refusal(c, need);
            if (reason == null) {
                qualifying.add(c);
            } else {
                excluded.put(c.expertId(), reason);
            }
        }
        return new Result(qualifying, excluded);
    }

    /** The reason (message key) of the first rule that refuses the expert, or null when none does. */
    static String refusal(Candidate c, NeedFacts need) {
        for (ExclusionRule rule : RULES) {
            Admission a = rule.judge(c, need);
            if (!a.allowed()) {
                return a.reason();
            }
        }
        return null;
    }
}
