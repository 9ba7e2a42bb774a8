package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;

/** Each action belongs to one role: the unit's officer, a reviewer (初审) or an approver (复审). */
final class ActorHasRole implements PermissionRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, CurrentUser actor) {
        if (actor.has(action.role())) {
            return Verdict.allowed();
        }
        return Verdict.refused("只有" + roleLabel(action.role()) + "可以" + action.label() + "，案件当前状态为“"
                + workflow.state().label() + "”");
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case UNIT_OFFICER -> "推荐单位的经办人";
            case REVIEWER -> "初审人员";
            case APPROVER -> "复审人员";
            default -> throw new IllegalArgumentException("no workflow action is taken in the role " + role);
        };
    }
}
