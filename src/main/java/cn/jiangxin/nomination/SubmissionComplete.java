package cn.jiangxin.nomination;

/**
 * A case is submitted only when the form lacks nothing ({@link CaseFacts#submissionGaps()}: an achievement with its
 * evidence, the stamped form …); the refusal names every gap and points at the first.
 */
final class SubmissionComplete implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (action != NominationAction.SUBMIT || facts.submissionGaps().isEmpty()) {
            return Verdict.allowed();
        }
        return Verdict.refusedFor("还不能提交：", facts.submissionGaps());
    }
}
