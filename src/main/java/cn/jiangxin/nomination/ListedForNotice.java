package cn.jiangxin.nomination;

/** A case goes on public notice only as part of the notice batch being published that lists it (ADR 0004). */
final class ListedForNotice implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (action != NominationAction.OPEN_NOTICE || facts.listedForNotice()) {
            return Verdict.allowed();
        }
        return Verdict.refused("请在公示批次中选择此案件开始公示");
    }
}
