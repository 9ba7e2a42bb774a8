package cn.jiangxin.nomination;

import java.util.List;

/**
 * What the workflow cannot know by itself and is told by the caller: what the form still lacks for submission, what
 * the review still lacks before the case can pass (achievements not yet verified, or not eligible on the confirmed
 * ones), whether the case is listed in a notice batch being published, the state of its public notice (period over,
 * objections open or upheld), and why the certification rules would refuse the person today (null: they would not,
 * or nobody asked them because the notice is not over or an objection decides the case).
 */
public record CaseFacts(List<Gap> submissionGaps, List<Gap> reviewGaps, boolean listedForNotice,
        boolean noticePeriodOver, boolean objectionOpen, boolean objectionUpheld, String certificationRefusal) {

    /** Something the form lacks, with the input it concerns. */
    public record Gap(String field, String message) {
    }

    public CaseFacts {
        submissionGaps = List.copyOf(submissionGaps);
        reviewGaps = List.copyOf(reviewGaps);
        certificationRefusal = certificationRefusal == null || certificationRefusal.isBlank() ? null
                : certificationRefusal;
    }

    /** Nothing missing, listed for notice, notice period over, no objection, certifiable: every guard passes. */
    public static CaseFacts allSatisfied() {
        return new CaseFacts(List.of(), List.of(), true, true, false, false, null);
    }

    public static CaseFacts ofForm(List<Gap> gaps) {
        return new CaseFacts(gaps, List.of(), false, false, false, false, null);
    }

    public static CaseFacts ofReview(List<Gap> gaps) {
        return new CaseFacts(List.of(), gaps, false, false, false, false, null);
    }

    /** The facts of the public notice, for the actions that follow the review. */
    public static CaseFacts ofNotice(boolean listed, boolean periodOver, boolean objectionOpen, boolean objectionUpheld) {
        return new CaseFacts(List.of(), List.of(), listed, periodOver, objectionOpen, objectionUpheld, null);
    }

    /** These facts, and the certification rules' refusal of the person today. */
    public CaseFacts withCertificationRefusal(String why) {
        return new CaseFacts(submissionGaps, reviewGaps, listedForNotice, noticePeriodOver, objectionOpen,
                objectionUpheld, why);
    }
}
