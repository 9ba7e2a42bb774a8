package cn.jiangxin.selection;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Outcomes follow the round's steps: a recommendation is decided only once units can no longer propose (the list is
 * complete), once per candidate; the awarding body's result only for a person recommended, once, dated on a day
 * that has come and not before the recommendation.
 */
final class OutcomesInOrder {

    private OutcomesInOrder() {
    }

    static Optional<String> refusesDecision(Round round, Candidate c, LocalDate today) {
        if (round.stageOn(today) != Round.Stage.DECIDING) {
            return Optional.of("selection.error.decideBeforeClose");
        }
        return c.decision() != null ? Optional.of("selection.error.decidedAlready") : Optional.empty();
    }

    static Optional<String> refusesResult(Candidate c, LocalDate on, LocalDate today) {
        if (c.decision() != Candidate.Decision.RECOMMENDED) {
            return Optional.of("selection.error.resultNotRecommended");
        }
        if (c.result() != null) {
            return Optional.of("selection.error.resultAlready");
        }
        if (on == null || on.isAfter(today) || c.decidedAt() != null
                && on.isBefore(c.decidedAt().atZone(cn.jiangxin.platform.BeijingTime.ZONE).toLocalDate())) {
            return Optional.of("selection.error.resultDate");
        }
        return Optional.empty();
    }
}
