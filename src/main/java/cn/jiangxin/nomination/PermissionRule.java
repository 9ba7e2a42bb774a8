package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;

/**
 * A rule of who may take an action on a case, and when (ADR 0002). It reads the case's state and history, the action
 * and the actor, nothing the actor still has to supply, so pages can ask it before offering an action.
 */
interface PermissionRule {

    Verdict judge(NominationWorkflow workflow, NominationAction action, CurrentUser actor);
}
