package cn.jiangxin.nomination;

import java.util.List;

/**
 * What the workflow cannot know by itself and is told by the caller: what the form still lacks for submission, the
 * state of the public notice (period over, objections open or upheld), and what the review still lacks before the
 * case can pass (achievements not yet verified, or not eligible on the confirmed ones).
 */
public record CaseFacts(List<Gap> submissionGaps, boolean noticePeriodOver, boolean objectionOpen,
        boolean objectionUpheld, List<Gap> reviewGaps) {

    /** Something the form lacks, with the input it concerns. */
    public record Gap(String field, String message) {
    }

    public CaseFacts {
        submissionGaps = List.copyOf(submissionGaps);
        reviewGaps = List.copyOf(reviewGaps);
    }

    public CaseFacts(List<Gap> submissionGaps, boolean noticePeriodOver, boolean objectionOpen, boolean objectionUpheld) {
        this(submissionGaps, noticePeriodOver, objectionOpen, objectionUpheld, List.of());
    }

    public static CaseFacts ofReview(List<Gap> gaps) {
        return new CaseFacts(List.of(), false, false, false, gaps);
    }

    /** Nothing missing, notice period over, no objection: every guard passes. */
    public static CaseFacts allSatisfied() {
        return new CaseFacts(List.of(), true, false, false);
    }

    public static CaseFacts ofForm(List<Gap> gaps) {
        return new CaseFacts(gaps, false, false, false);
    }
}
