package cn.jiangxin.nomination;

/** A reason, whatever the action, is at most {@value #MAX_CHARACTERS} characters once stripped. */
final class ReasonNotTooLong implements RequirementRule {

    static final int MAX_CHARACTERS = 1000;

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (reason.length() <= MAX_CHARACTERS) {
            return Verdict.allowed();
        }
        return Verdict.refused("reason", "理由不能超过" + MAX_CHARACTERS + "字");
    }
}
