package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;

/** An action is taken only from the states the table of ADR 0002 lists for it. */
final class ActionAllowedInState implements PermissionRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, CurrentUser actor) {
        if (action.allowedFrom(workflow.state())) {
            return Verdict.allowed();
        }
        return Verdict.refused("案件当前状态为“" + workflow.state().label() + "”，不能" + action.label());
    }
}
