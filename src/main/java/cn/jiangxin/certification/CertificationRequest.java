package cn.jiangxin.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A request to certify the person of a case that has passed its public notice: the case, its nominating unit, the
 * training unit of its WorldSkills golds (null: the nominating unit), the certification date and the achievements.
 */
public record CertificationRequest(long personId, long nominationId, long unitId, Long trainingUnitId,
        LocalDate certifiedOn, List<QualifyingAchievement> achievements, long certifiedBy) {

    public CertificationRequest {
        Objects.requireNonNull(certifiedOn, "certifiedOn");
        achievements = List.copyOf(achievements);
        if (achievements.isEmpty()) {
            throw new IllegalArgumentException("a certification rests on at least one achievement");
        }
    }

    /** The unit that shares a WorldSkills gold reward: the training unit, or the nominating unit when none is named. */
    public long trainingUnit() {
        return trainingUnitId == null ? unitId : trainingUnitId;
    }
}
