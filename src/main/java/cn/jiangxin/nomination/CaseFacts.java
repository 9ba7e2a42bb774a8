package cn.jiangxin.nomination;

import java.util.List;

/**
 * What the workflow cannot know by itself and is told by the caller: what the form still lacks for submission, whether
 * the case is listed in a notice batch being published, and the state of its public notice (period over, objections
 * open or upheld).
 */
public record CaseFacts(List<Gap> submissionGaps, boolean listedForNotice, boolean noticePeriodOver,
        boolean objectionOpen, boolean objectionUpheld) {

    /** Something the form lacks, with the input it concerns. */
    public record Gap(String field, String message) {
    }

    public CaseFacts {
        submissionGaps = List.copyOf(submissionGaps);
    }

    /** Nothing missing, listed for notice, notice period over, no objection: every guard passes. */
    public static CaseFacts allSatisfied() {
        return new CaseFacts(List.of(), true, true, false, false);
    }

    public static CaseFacts ofForm(List<Gap> gaps) {
        return new CaseFacts(gaps, false, false, false, false);
    }

    /** The facts of the public notice, for every action but submission. */
    public static CaseFacts ofNotice(boolean listed, boolean periodOver, boolean objectionOpen, boolean objectionUpheld) {
        return new CaseFacts(List.of(), listed, periodOver, objectionOpen, objectionUpheld);
    }
}
