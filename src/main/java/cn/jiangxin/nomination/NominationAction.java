package cn.jiangxin.nomination;

import java.util.Set;

import cn.jiangxin.identity.Role;

/**
 * What can be done to a nomination: from which states, into which state, by which role, and whether a reason must be
 * given. The table is the one of docs/decisions/0002-nomination-states.md.
 */
public enum NominationAction {
    SUBMIT("提交", Role.UNIT_OFFICER, NominationState.SUBMITTED, false,
            NominationState.DRAFT, NominationState.RETURNED),
    WITHDRAW("撤回", Role.UNIT_OFFICER, NominationState.WITHDRAWN, true,
            NominationState.DRAFT, NominationState.SUBMITTED, NominationState.UNDER_REVIEW, NominationState.RETURNED,
            NominationState.REVIEWED),
    TAKE("受理", Role.REVIEWER, NominationState.UNDER_REVIEW, false, NominationState.SUBMITTED),
    RETURN("退回修改", Role.REVIEWER, NominationState.RETURNED, true, NominationState.UNDER_REVIEW),
    PASS("初审通过", Role.REVIEWER, NominationState.REVIEWED, false, NominationState.UNDER_REVIEW),
    APPROVE_FOR_NOTICE("复审通过", Role.APPROVER, NominationState.APPROVED_FOR_NOTICE, false,
            NominationState.REVIEWED),
    REJECT("不予认定", Role.APPROVER, NominationState.REJECTED, true,
            NominationState.REVIEWED, NominationState.IN_PUBLIC_NOTICE),
    OPEN_NOTICE("开始公示", Role.APPROVER, NominationState.IN_PUBLIC_NOTICE, false,
            NominationState.APPROVED_FOR_NOTICE),
    CERTIFY("认定", Role.APPROVER, NominationState.CERTIFIED, false, NominationState.IN_PUBLIC_NOTICE);

    private final String label;
    private final Role role;
    private final NominationState target;
    private final boolean needsReason;
    private final Set<NominationState> from;

    NominationAction(String label, Role role, NominationState target, boolean needsReason,
            NominationState... from) {
        this.label = label;
        this.role = role;
        this.target = target;
        this.needsReason = needsReason;
        this.from = Set.of(from);
    }

    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }

    public NominationState target() {
        return target;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public boolean allowedFrom(NominationState state) {
        return from.contains(state);
    }
}
