package cn.jiangxin.ledger;

import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.RuleViolationException;

/** A posting that would overdraw an account (422); nothing of it has been written. */
public class InsufficientBalanceException extends RuleViolationException {

    private final LedgerAccount account;

    InsufficientBalanceException(LedgerAccount account, long availableFen, long neededFen) {
        super("amount", account.chineseName() + "余额不足：可用" + Money.yuan(availableFen) + "元，本次需要"
                + Money.yuan(neededFen) + "元。本次操作未记账，请先录入预算拨款。");
        this.account = account;
    }

    public LedgerAccount account() {
        return account;
    }
}
