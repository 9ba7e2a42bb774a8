package cn.jiangxin.nomination;

import java.util.List;

/**
 * What the workflow cannot know by itself and is told by the caller: what the form still lacks for submission, what
 * the review still lacks before the case can pass (achievements not yet verified, or not eligible on the confirmed
 * ones), whether the case is listed in a notice batch being published, and the state of its public notice (period
 * over, objections open or upheld).
 */
public record CaseFacts(List<Gap> submissionGaps, List<Gap> reviewGaps, boolean listedForNotice,
        boolean noticePeriodOver, boolean objectionOpen, boolean objectionUpheld) {

    /** Something the form lacks, with the input it concerns. */
    public record Gap(String field, String message) {
    }

    public CaseFacts {
        submissionGaps = List.copyOf(submissionGaps);
        reviewGaps = List.copyOf(reviewGaps);
    }

    /** Nothing missing, listed for notice, notice period over, no objection: every guard passes. */
    public static CaseFacts allSatisfied() {
        return new CaseFacts(List.of(), List.of(), true, true, false, false);
    }

    public static CaseFacts ofForm(List<Gap> gaps) {
        return new CaseFacts(gaps, List.of(), false, false, false, false);
    }

    public static CaseFacts ofReview(List<Gap> gaps) {
        return new CaseFacts(List.of(), gaps, false, false, false, false);
    }

    /** The facts of the public notice, for the actions that follow the review. */
    public static CaseFacts ofNotice(boolean listed, boolean periodOver, boolean objectionOpen, boolean objectionUpheld) {
        return new CaseFacts(List.of(), List.of(), listed, periodOver, objectionOpen, objectionUpheld);
    }
}
