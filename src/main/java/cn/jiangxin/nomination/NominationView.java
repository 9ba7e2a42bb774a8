package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nomination as pages and other modules see it: the form, the reviewer's verification of each achievement (by its
 * index) and, once the reviewer passed it, the stored eligibility decision.
 */
public record NominationView(long id, long personId, long unitId, NominationState state, NominationDraft draft,
        Instant createdAt, Instant submittedAt, List<Transition> history, Map<Integer, AchievementCheck> checks,
        Long eligibilityDecisionId) {

    public NominationView {
        history = List.copyOf(history);
        checks = Map.copyOf(checks);
    }

    public Optional<AchievementCheck> check(int index) {
        return Optional.ofNullable(checks.get(index));
    }

    /** The achievements the reviewer confirmed. */
    public List<Achievement> confirmedAchievements() {
        return draft.achievements().stream().filter(a -> check(a.index()).filter(AchievementCheck::confirmed).isPresent())
                .toList();
    }

    /** The training unit of the case's WorldSkills golds: the one the form names, else the nominating unit. */
    public long trainingUnitOrNominating() {
        return draft.trainingUnitId() == null ? unitId : draft.trainingUnitId();
    }

    public NominationWorkflow workflow() {
        return new NominationWorkflow(unitId, state, history);
    }

    /** The reason of the latest return, shown to the unit while the case is back with them. */
    public String returnReason() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == NominationAction.RETURN) {
                return history.get(i).reason();
            }
        }
        return null;
    }
}
