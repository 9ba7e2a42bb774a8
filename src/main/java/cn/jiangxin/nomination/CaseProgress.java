package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.BeijingTime;

/**
 * Where a case stands on the WF-2 path, for the step indicator: the main path from draft to certification, each
 * step done, current or still to come, with the date it was last reached. A return, a rejection or a withdrawal
 * shows as a detour step where it happened; after a rejection or withdrawal the path ends there.
 */
record CaseProgress(NominationState state, List<Step> steps) {

    static final List<NominationState> MAIN_PATH = List.of(NominationState.DRAFT, NominationState.SUBMITTED,
            NominationState.UNDER_REVIEW, NominationState.REVIEWED, NominationState.APPROVED_FOR_NOTICE,
            NominationState.IN_PUBLIC_NOTICE, NominationState.CERTIFIED);

    public enum Status { DONE, CURRENT, TODO }

    /** One step; {@code at} is when the case last reached it, null for steps not reached. */
    public record Step(NominationState state, Status status, boolean detour, Instant at) {

        /** The Beijing date the step was reached, empty when it was not. */
        public String day() {
            return BeijingTime.date(at);
        }
    }

    public CaseProgress {
        Objects.requireNonNull(state, "state");
        steps = List.copyOf(steps);
    }

    public static CaseProgress of(NominationView n) {
        List<Step> steps = new ArrayList<>();
        int reached = MAIN_PATH.indexOf(n.state());
        boolean onPath = reached >= 0;
        if (!onPath) {
            reached = MAIN_PATH.indexOf(lastStateOnPath(n));
        }
        for (int i = 0; i <= reached; i++) {
            NominationState s = MAIN_PATH.get(i);
            steps.add(new Step(s, onPath && i == reached ? Status.CURRENT : Status.DONE, false, reachedAt(n, s)));
        }
        if (!onPath) {
            steps.add(new Step(n.state(), Status.CURRENT, true, reachedAt(n, n.state())));
        }
        if (onPath || n.state() == NominationState.RETURNED) {
            for (int i = reached + 1; i < MAIN_PATH.size(); i++) {
                steps.add(new Step(MAIN_PATH.get(i), Status.TODO, false, null));
            }
        }
        return new CaseProgress(n.state(), steps);
    }

    /**
     * Who acts next: the role of the workflow's forward action from this state (withdrawal aside); null once the
     * case has ended.
     */
    public Role nextActor() {
        for (NominationAction action : NominationAction.values()) {
            if (action != NominationAction.WITHDRAW && action.allowedFrom(state)) {
                return action.role();
            }
        }
        return null;
    }

    /** The state on the main path that the case was in before it left it (returned cases were under review). */
    private static NominationState lastStateOnPath(NominationView n) {
        for (int i = n.history().size() - 1; i >= 0; i--) {
            NominationState from = n.history().get(i).from();
            if (MAIN_PATH.contains(from)) {
                return from;
            }
        }
        return NominationState.DRAFT;
    }

    private static Instant reachedAt(NominationView n, NominationState state) {
        for (int i = n.history().size() - 1; i >= 0; i--) {
            if (n.history().get(i).to() == state) {
                return n.history().get(i).at();
            }
        }
        return state == NominationState.DRAFT ? n.createdAt() : null;
    }
}
