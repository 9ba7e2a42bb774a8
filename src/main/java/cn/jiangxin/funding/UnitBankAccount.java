package cn.jiangxin.funding;

import java.time.Instant;

/** A unit's bank account as pages see it: the number only masked. */
record UnitBankAccount(long unitId, String holder, String bankName, String bankAccountMasked,
        String enteredBy, Instant enteredAt) {
}
