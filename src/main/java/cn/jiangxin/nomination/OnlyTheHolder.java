package cn.jiangxin.nomination;

import java.util.List;
import java.util.Optional;

import cn.jiangxin.identity.CurrentUser;

/**
 * The reviewer who took a case holds it: only they verify its achievements, return it or pass it, so two reviewers
 * never work one case at once. After a return and a resubmission any reviewer may take it again; the most recent
 * TAKE counts.
 */
final class OnlyTheHolder implements PermissionRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, CurrentUser actor) {
        if ((action != NominationAction.RETURN && action != NominationAction.PASS) || isHolder(workflow, actor)) {
            return Verdict.allowed();
        }
        return Verdict.refused("此案件由另一位初审人员受理，只有受理人可以" + action.label());
    }

    /** Whether the actor holds the case now: it is under review and they took it most recently. */
    static boolean holds(NominationWorkflow workflow, CurrentUser actor) {
        return workflow.state() == NominationState.UNDER_REVIEW && isHolder(workflow, actor);
    }

    private static boolean isHolder(NominationWorkflow workflow, CurrentUser actor) {
        return lastTaker(workflow.history()).filter(h -> h == actor.accountId()).isPresent();
    }

    private static Optional<Long> lastTaker(List<Transition> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == NominationAction.TAKE) {
                return Optional.of(history.get(i).actorAccountId());
            }
        }
        return Optional.empty();
    }
}
