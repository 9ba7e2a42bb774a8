package cn.jiangxin.nomination;

/**
 * A case passes the preliminary review only when the review lacks nothing ({@link CaseFacts#reviewGaps()}: every
 * achievement verified, the person eligible on the confirmed ones).
 */
final class ReviewComplete implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (action != NominationAction.PASS || facts.reviewGaps().isEmpty()) {
            return Verdict.allowed();
        }
        return Verdict.refusedFor("还不能初审通过：", facts.reviewGaps());
    }
}
