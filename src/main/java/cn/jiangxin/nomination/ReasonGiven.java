package cn.jiangxin.nomination;

/** Returning, rejecting and withdrawing a case need a written reason; the unit and the talent read it. */
final class ReasonGiven implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (!action.needsReason() || !reason.isEmpty()) {
            return Verdict.allowed();
        }
        return Verdict.refused("reason", action.label() + "时必须填写理由");
    }
}
