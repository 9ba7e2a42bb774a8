package cn.jiangxin.payment;

import java.util.List;

import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;

/**
 * The ledger entries of a payment, on the line's budget line. Approving a batch commits each line's amount from the
 * line's budget to the payee's payable; a paid line moves it on to paid-out under the payable's pay key (a reward:
 * per medal and beneficiary; studio funding: per studio and period), so the ledger itself refuses a second payment of
 * one payable; a failed line's commitment is reversed.
 */
final class BatchPostings {

    private BatchPostings() {
    }

    static String commitKey(long lineId) {
        return "COMMIT:LINE:" + lineId;
    }

    static Posting commit(long batchId, BatchLine line) {
        return new Posting(commitKey(line.id()), "支付批次" + batchId + "审批：" + line.payeeName(), List.of(
                PostingLine.debit(line.budgetLine().payable(), line.party(), line.amountFen()),
                PostingLine.credit(line.budgetLine().budget(), null, line.amountFen())));
    }

    static Posting pay(BatchLine line) {
        return new Posting(line.payKey(), "支付批次" + line.batchId() + "已支付：" + line.payeeName(), List.of(
                PostingLine.debit(line.budgetLine().paid(), line.party(), line.amountFen()),
                PostingLine.credit(line.budgetLine().payable(), line.party(), line.amountFen())));
    }
}
