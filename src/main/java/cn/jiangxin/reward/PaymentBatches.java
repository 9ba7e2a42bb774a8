package cn.jiangxin.reward;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.payment.BatchLine;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.payment.PayableRef;
import cn.jiangxin.payment.PaymentBatch;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The reward's door to the payment batches ({@link Batches}), in the reward's own terms: batches of reward cases,
 * lines that name the medal and the kind of beneficiary. Building, approval, rejection and results are the payment
 * module's, with all their guarantees; this class only translates.
 */
@Service
class PaymentBatches {

    private final Batches batches;
    private final RewardCaseStore cases;

    PaymentBatches(Batches batches, RewardCaseStore cases) {
        this.batches = batches;
        this.cases = cases;
    }

    /** All chosen cases go in, or none: a case another batch took first refuses the whole batch. */
    public PaymentBatch build(CurrentUser maker, List<Long> caseIds, String requestKey) {
        List<PayableRef> refs = caseIds == null ? List.of()
                : caseIds.stream().map(id -> new PayableRef(RewardPayables.KIND, id)).toList();
        return batches.build(maker, refs, requestKey);
    }

    public PaymentBatch approve(CurrentUser checker, long batchId, String requestKey) {
        return batches.approve(checker, batchId, requestKey);
    }

    public PaymentBatch reject(CurrentUser checker, long batchId, String reason, String requestKey) {
        return batches.reject(checker, batchId, reason, requestKey);
    }

    public PaymentLine recordResult(CurrentUser user, long batchId, long lineId, PaymentLine.State outcome,
            String reason, String requestKey) {
        return line(batches.recordResult(user, batchId, lineId, outcome == null ? null
                : BatchLine.State.valueOf(outcome.name()), reason, requestKey));
    }

    public PaymentBatch require(CurrentUser user, long batchId) {
        return batches.require(user, batchId);
    }

    /** The batch's reward lines (a mixed batch's lines of other kinds are not rewards and are left out). */
    public List<PaymentLine> lines(CurrentUser user, long batchId) {
        return batches.lines(user, batchId).stream().filter(l -> RewardPayables.KIND.equals(l.payableKind()))
                .map(this::line).toList();
    }

    /** The payment lines of a case, for the pages that show its history. */
    public List<PaymentLine> linesOfCase(long caseId) {
        return batches.linesOf(RewardPayables.KIND, caseId).stream().map(this::line).toList();
    }

    private PaymentLine line(BatchLine l) {
        RewardCase c = cases.find(l.payableId()).orElseThrow(() -> new NotFoundException("reward case "
                + l.payableId()));
        return new PaymentLine(l.id(), l.batchId(), c.id(), c.medalKey(), c.kind(), c.beneficiaryId(),
                l.payeeName(), l.amountFen(), l.bankHolder(), l.bankName(), l.bankAccountMasked(),
                PaymentLine.State.valueOf(l.state().name()), l.failureReason(), l.resultBy(), l.resultAt(),
                c.medalDescription());
    }
}
