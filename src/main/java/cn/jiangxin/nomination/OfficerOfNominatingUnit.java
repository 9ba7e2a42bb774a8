package cn.jiangxin.nomination;

import java.util.Objects;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;

/** The unit's actions (submit, withdraw) are taken by an officer of the unit that nominated the person, no other. */
final class OfficerOfNominatingUnit implements PermissionRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, CurrentUser actor) {
        if (action.role() != Role.UNIT_OFFICER || Objects.equals(actor.unitId(), workflow.unitId())) {
            return Verdict.allowed();
        }
        return Verdict.refused("只有推荐单位的经办人可以" + action.label());
    }
}
