package cn.jiangxin.reward;

/**
 * AWAITING_BANK_DETAILS until the beneficiary enters a complete bank account, then READY (approved for payment: the
 * entitlement was decided at certification, the payee is checked by the batch's maker and checker), IN_BATCH while
 * a payment line is open, PAID once the treasury confirms. A failed payment returns the case to READY.
 */
public enum RewardState {
    AWAITING_BANK_DETAILS,
    READY,
    IN_BATCH,
    PAID;

    public boolean bankDetailsEditable() {
        return this == AWAITING_BANK_DETAILS || this == READY;
    }
}
