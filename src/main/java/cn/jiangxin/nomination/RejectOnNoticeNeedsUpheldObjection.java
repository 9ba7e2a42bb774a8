package cn.jiangxin.nomination;

/** A case on public notice is rejected only after an objection to it was upheld (ADR 0004). */
final class RejectOnNoticeNeedsUpheldObjection implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (action != NominationAction.REJECT || workflow.state() != NominationState.IN_PUBLIC_NOTICE
                || facts.objectionUpheld()) {
            return Verdict.allowed();
        }
        return Verdict.refused("案件当前状态为“公示中”，只有异议成立时才能不予认定");
    }
}
