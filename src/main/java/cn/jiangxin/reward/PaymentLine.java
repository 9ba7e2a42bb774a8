package cn.jiangxin.reward;

import java.time.Instant;

import cn.jiangxin.platform.Money;

/** A payment line of a reward case ({@link cn.jiangxin.payment.BatchLine} with the medal and the kind of beneficiary). */
record PaymentLine(long id, long batchId, long rewardCaseId, String medalKey, BeneficiaryKind kind,
        long beneficiaryId, String beneficiaryName, long amountFen, String bankHolder, String bankName,
        String bankAccountMasked, State state, String failureReason, String resultBy, Instant resultAt,
        String medalDescription) {

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

    public String party() {
        return kind.party(beneficiaryId);
    }
}
