package cn.jiangxin.studio;

import java.util.List;
import java.util.Optional;

/**
 * Four-eyes, as for nominations: an account that took part in a studio's review (passed or returned its application)
 * never names, rejects or returns it as the approver, at any time, even after losing the reviewer role; and an
 * account that scored a construction assessment never confirms it — money follows the confirmation.
 */
final class FourEyes {

    private FourEyes() {
    }

    /** The refusal of an approver's decision on a studio with these steps, if the approver reviewed it. */
    static Optional<String> onDecision(List<StudioStep> steps, long approverAccountId) {
        boolean reviewed = steps.stream().anyMatch(s -> s.action().byReviewer() && s.accountId() == approverAccountId);
        return reviewed ? Optional.of("studio.error.fourEyes") : Optional.empty();
    }

    /** The refusal of confirming an assessment the same account scored. */
    static Optional<String> onConfirmation(Assessment assessment, long approverAccountId) {
        return assessment.scoredBy() != null && assessment.scoredBy() == approverAccountId
                ? Optional.of("studio.error.fourEyesAssessment") : Optional.empty();
    }
}
