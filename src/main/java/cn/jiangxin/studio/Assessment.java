package cn.jiangxin.studio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The construction assessment of a studio for one period: scheduled, scored by a reviewer (the item scores, the total
 * in tenths of a point, the grade and funding they give under {@code policyVersion}), confirmed by a different
 * approver. {@code returnedReason} is why the last scoring was sent back.
 */
record Assessment(long id, long studioId, String period, State state, Map<String, Integer> scores,
        Integer totalTenths, String gradeCode, Long fundingFen, String policyVersion, Long scoredBy, Instant scoredAt,
        String returnedReason, Long confirmedBy, LocalDate assessedOn) {

    enum State { SCHEDULED, SCORED, CONFIRMED }

    /** The total as people read it, e.g. 87.5. */
    public String total() {
        return totalTenths == null ? "" : AssessmentScheme.points(totalTenths);
    }
}
