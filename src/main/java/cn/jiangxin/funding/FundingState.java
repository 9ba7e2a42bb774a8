package cn.jiangxin.funding;

/**
 * AWAITING_BANK_DETAILS until the unit has a bank account, then READY for a payment batch, IN_BATCH while a payment
 * line is open, PAID once the treasury confirms; a failed payment or a rejected batch returns it to READY. CANCELLED
 * when the studio was revoked before the funding went into a batch.
 */
enum FundingState {
    AWAITING_BANK_DETAILS,
    READY,
    IN_BATCH,
    PAID,
    CANCELLED
}
