package cn.jiangxin.invitation;

import java.util.Arrays;
import java.util.Set;

/**
 * Where a candidate from a list stands: what the evaluation said ({@link #evaluated()}: a re-evaluation may change
 * it), then what staff and the unit did.
 */
enum CandidateStatus {
    CANDIDATE, NOT_ELIGIBLE, ALREADY_CERTIFIED, NOT_EVALUATED, INVITED, DISMISSED, NOMINATED, CERTIFIED, DECLINED;

    private static final Set<CandidateStatus> EVALUATED = Set.of(CANDIDATE, NOT_ELIGIBLE, ALREADY_CERTIFIED,
            NOT_EVALUATED);

    /** A status the evaluation gave and a later evaluation may replace. */
    boolean evaluated() {
        return EVALUATED.contains(this);
    }

    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}
