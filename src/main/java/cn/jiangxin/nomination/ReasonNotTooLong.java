package cn.jiangxin.nomination;

import cn.jiangxin.platform.PlainText;

/** A reason, whatever the action, is at most {@value PlainText#MAX_REASON} characters once stripped. */
final class ReasonNotTooLong implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (reason.length() <= PlainText.MAX_REASON) {
            return Verdict.allowed();
        }
        return Verdict.refused("reason", "理由不能超过" + PlainText.MAX_REASON + "字");
    }
}
