package cn.jiangxin.nomination;

/**
 * A case on public notice is rejected only when it cannot be certified: an objection to it was upheld, or the notice
 * is over, every objection is handled and the certification rules refuse the person (an active certification, the
 * renewal rule; {@link CaseFacts#certificationRefusal()}). Without this second ground such a case would stay on
 * notice for ever, and block its person, who may have only one open case (ADR 0002, addendum of issue 11).
 */
final class RejectOnNoticeOnlyWhenNotCertifiable implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (action != NominationAction.REJECT || workflow.state() != NominationState.IN_PUBLIC_NOTICE
                || facts.objectionUpheld()) {
            return Verdict.allowed();
        }
        if (!facts.noticePeriodOver()) {
            return Verdict.refused("案件当前状态为“公示中”，公示期满前只有异议成立时才能不予认定");
        }
        if (facts.objectionOpen()) {
            return Verdict.refused("公示期间有尚未处理的异议，请先处理异议，再决定是否不予认定");
        }
        if (facts.certificationRefusal() == null) {
            return Verdict.refused("案件当前状态为“公示中”，只有异议成立或不符合认定条件时才能不予认定");
        }
        return Verdict.allowed();
    }
}
