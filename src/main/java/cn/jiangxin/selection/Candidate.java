package cn.jiangxin.selection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person on a round's list: listed by the system as an active leading talent, or proposed by their unit; where
 * staff moved them and why; the staff decision and the awarding body's result, each once.
 */
record Candidate(long id, long roundId, long personId, long unitId, String personName, String unitName,
        Source source, String listedReason, String trade, String skillLevel, Integer serviceYears, String proposal,
        String evidenceName, Instant listedAt, Integer movedTo, String moveReason, Instant movedAt,
        Decision decision, String decisionReason, Instant decidedAt, Result result, LocalDate resultOn) {

    enum Source { LEADING_TALENT, PROPOSED }

    enum Decision { RECOMMENDED, NOT_RECOMMENDED }

    enum Result { AWARDED, NOT_AWARDED }

    public boolean leadingTalent() {
        return source == Source.LEADING_TALENT;
    }

    /** The outcome so far as one code for the pages: WAITING, RECOMMENDED, NOT_RECOMMENDED, AWARDED, NOT_AWARDED. */
    public String outcome() {
        if (result != null) {
            return result.name();
        }
        return decision == null ? "WAITING" : decision.name();
    }
}
