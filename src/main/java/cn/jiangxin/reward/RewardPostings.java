package cn.jiangxin.reward;

import java.util.List;

import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;

/**
 * The ledger entries of a reward payment. Approving a batch commits each line's amount from the budget to the
 * beneficiary's payable; a paid line moves it on to paid-out under a key per medal and beneficiary, so the ledger
 * itself refuses a second payment of one medal to one beneficiary; a failed line's commitment is reversed.
 */
final class RewardPostings {

    private RewardPostings() {
    }

    static String commitKey(long lineId) {
        return "COMMIT:LINE:" + lineId;
    }

    static String payKey(String medalKey, BeneficiaryKind kind) {
        return "PAY:" + medalKey + ":" + kind.name();
    }

    static Posting commit(long batchId, PaymentLine line) {
        return new Posting(commitKey(line.id()), "支付批次" + batchId + "审批：" + line.beneficiaryName(), List.of(
                PostingLine.debit(LedgerAccount.REWARD_PAYABLE, line.party(), line.amountFen()),
                PostingLine.credit(LedgerAccount.REWARD_BUDGET, null, line.amountFen())));
    }

    static Posting pay(PaymentLine line) {
        return new Posting(payKey(line.medalKey(), line.kind()), "支付批次" + line.batchId() + "已支付："
                + line.beneficiaryName(), List.of(
                PostingLine.debit(LedgerAccount.REWARD_PAID, line.party(), line.amountFen()),
                PostingLine.credit(LedgerAccount.REWARD_PAYABLE, line.party(), line.amountFen())));
    }
}
