package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.List;

/** A nomination as pages and other modules see it. */
public record NominationView(long id, long personId, long unitId, NominationState state, NominationDraft draft,
        Instant createdAt, Instant submittedAt, List<Transition> history) {

    public NominationView {
        history = List.copyOf(history);
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
