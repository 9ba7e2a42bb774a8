package cn.jiangxin.benefit;

/**
 * What a redemption request came to: the use recorded, the entitlement after it, and whether the request repeated
 * an earlier one with the same key (then nothing new was counted).
 */
record RedemptionOutcome(Redemption redemption, Entitlement entitlement, boolean repeated) {
}
