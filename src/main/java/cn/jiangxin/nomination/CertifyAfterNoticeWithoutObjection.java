package cn.jiangxin.nomination;

/**
 * A case is certified only after its notice period, with no objection open and none upheld (ADR 0004). The
 * certification rules (one active certification, renewal) are the certification module's, asked when it certifies.
 */
final class CertifyAfterNoticeWithoutObjection implements RequirementRule {

    @Override
    public Verdict judge(NominationWorkflow workflow, NominationAction action, String reason, CaseFacts facts) {
        if (action != NominationAction.CERTIFY) {
            return Verdict.allowed();
        }
        if (facts.objectionOpen()) {
            return Verdict.refused("公示期间有尚未处理的异议，不能认定");
        }
        if (!facts.noticePeriodOver()) {
            return Verdict.refused("公示期尚未届满，不能认定");
        }
        if (facts.objectionUpheld()) {
            return Verdict.refused("公示期间有异议成立，不能认定");
        }
        return Verdict.allowed();
    }
}
