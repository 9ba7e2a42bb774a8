package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;

/**
 * Four-eyes: an account that took part in a case's preliminary review (took, returned or passed it as a reviewer)
 * never decides on it as an approver, at any time, even after losing the reviewer role. This covers the approver's
 * workflow actions and the resolution of objections to the case.
 */
public final class FourEyes implements PermissionRule {

    private static final String REFUSAL = "您参与了此案件的初审，按双人复核规定不能";

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, CurrentUser actor) {
        if (action.role() != Role.APPROVER || !tookPartInReview(workflow, actor.accountId())) {
            return Verdict.allowed();
        }
        return Verdict.refused(REFUSAL + action.label());
    }

    /** The approver's decision on an objection to the case, which concerns the form field {@code outcome}. */
    static Verdict onObjection(NominationWorkflow workflow, CurrentUser approver) {
        if (!tookPartInReview(workflow, approver.accountId())) {
            return Verdict.allowed();
        }
        return Verdict.refused("outcome", REFUSAL + "处理对它的异议");
    }

    public static boolean tookPartInReview(NominationWorkflow workflow, long accountId) {
        return workflow.history().stream().anyMatch(t -> t.reviewedBy(accountId));
    }
}
