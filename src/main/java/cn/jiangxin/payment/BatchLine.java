package cn.jiangxin.payment;

import java.time.Instant;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.Money;

/** One payment of a batch: the payable, and the payee as the batch was built (bank account masked). */
public record BatchLine(long id, long batchId, String payableKind, long payableId, String payeeName, long amountFen,
        BudgetLine budgetLine, String party, String payKey, String purpose, String bankHolder, String bankName,
        String bankAccountMasked, State state, String failureReason, String resultBy, Instant resultAt) {

    /** PENDING until the treasury's result is recorded; REJECTED when the checker rejected the batch. */
    public enum State {
        PENDING,
        PAID,
        FAILED,
        REJECTED
    }

    public String amountYuan() {
        return Money.yuan(amountFen);
    }
}
