package cn.jiangxin.ledger;

import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.platform.Money;

/** An account's stored balance next to the sum of its entry lines (both signed, debit positive); they must agree. */
record AccountBalance(LedgerAccount account, long signedFen, long sumOfLinesFen) {

    public boolean consistent() {
        return signedFen == sumOfLinesFen;
    }

    /** The balance on the account's normal side, as a person reads it. */
    public long normalFen() {
        return account.normalSide().normal(signedFen);
    }

    public String normalYuan() {
        return Money.yuan(normalFen());
    }

    public String debitYuan() {
        return signedFen > 0 ? Money.yuan(signedFen) : "";
    }

    public String creditYuan() {
        return signedFen < 0 ? Money.yuan(-signedFen) : "";
    }
}
