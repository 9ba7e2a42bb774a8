package cn.jiangxin.studio;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named studio's construction assessment (建设评估) for one assessment period was completed: the score gave the
 * grade, and the grade gave the funding amount from the table of the policy version in force. The funding is paid to
 * the studio's unit once per studio and period, whatever happens to this event afterwards ({@link #fundingKey()}).
 * {@code fundingFen} is zero when the grade earns no funding. Published once, in the transaction that completes the
 * assessment.
 */
public record StudioAssessed(long assessmentId, long studioId, String studioNumber, String studioName, long unitId,
        String period, String gradeCode, String gradeName, long fundingFen, String policyVersion,
        LocalDate assessedOn) {

    public StudioAssessed {
        Objects.requireNonNull(studioNumber, "studioNumber");
        Objects.requireNonNull(studioName, "studioName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(gradeCode, "gradeCode");
        Objects.requireNonNull(gradeName, "gradeName");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(assessedOn, "assessedOn");
        if (period.isBlank()) {
            throw new IllegalArgumentException("period is blank");
        }
        if (fundingFen < 0) {
            throw new IllegalArgumentException("fundingFen < 0: " + fundingFen);
        }
    }

    /** The one key of this funding, e.g. {@code STUDIO:12:2026}: paying it twice is paying it once. */
    public String fundingKey() {
        return "STUDIO:" + studioId + ":" + period;
    }
}
