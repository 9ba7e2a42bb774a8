package cn.jiangxin.nomination;

import java.util.List;

/**
 * What the workflow cannot know by itself and is told by the caller: what the form still lacks for submission, and
 * the state of the public notice (period over, objections open or upheld), which a later module will supply.
 */
public record CaseFacts(List<Gap> submissionGaps, boolean noticePeriodOver, boolean objectionOpen,
        boolean objectionUpheld) {

    /** Something the form lacks, with the input it concerns. */
    public record Gap(String field, String message) {
    }

    public CaseFacts {
        submissionGaps = List.copyOf(submissionGaps);
    }

    /** Nothing missing, notice period over, no objection: every guard passes. */
    public static CaseFacts allSatisfied() {
        return new CaseFacts(List.of(), true, false, false);
    }

    public static CaseFacts ofForm(List<Gap> gaps) {
        return new CaseFacts(gaps, false, false, false);
    }
}
