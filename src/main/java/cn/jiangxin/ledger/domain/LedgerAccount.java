package cn.jiangxin.ledger.domain;

/**
 * The chart of accounts. The ledger follows the money of each budget line ({@link BudgetLine}: 奖励资金,
 * 工作室建设资助资金) from its source to the payee with three accounts per line: allocated funds (credit, the common
 * source) = per line, available budget + committed but unpaid + paid out (debits). No account
 * may cross to the wrong side of zero, so the budget cannot be overdrawn and nothing is paid that was not committed.
 * Payable and paid-out carry a beneficiary sub-ledger ({@link PostingLine#party()}), not an account per beneficiary.
 */
public enum LedgerAccount {
    /** 预算拨款来源: every allocation is credited here. */
    BUDGET_FUNDING(Side.CREDIT, "预算拨款来源"),
    /** 奖励预算可用额度: allocated and not yet committed to a payment. */
    REWARD_BUDGET(Side.DEBIT, "奖励预算可用额度"),
    /** 应付奖励: committed to a beneficiary by an approved payment batch, not yet confirmed paid. */
    REWARD_PAYABLE(Side.DEBIT, "应付奖励"),
    /** 已支付奖励: confirmed paid by the treasury. */
    REWARD_PAID(Side.DEBIT, "已支付奖励"),
    /** 工作室建设资助资金可用额度: allocated to studio funding and not yet committed. */
    STUDIO_BUDGET(Side.DEBIT, "工作室建设资助资金可用额度"),
    /** 应付工作室建设资助资金: committed to a unit by an approved payment batch, not yet confirmed paid. */
    STUDIO_PAYABLE(Side.DEBIT, "应付工作室建设资助资金"),
    /** 已支付工作室建设资助资金: confirmed paid by the treasury. */
    STUDIO_PAID(Side.DEBIT, "已支付工作室建设资助资金");

    private final Side normalSide;
    private final String chineseName;

    LedgerAccount(Side normalSide, String chineseName) {
        this.normalSide = normalSide;
        this.chineseName = chineseName;
    }

    /** The name used in refusal messages; pages take theirs from the message bundle. */
    public String chineseName() {
        return chineseName;
    }

    public Side normalSide() {
        return normalSide;
    }

    /** Whether a signed balance (debit positive) is allowed: never on the side opposite to the normal one. */
    public boolean allows(long signedBalanceFen) {
        return normalSide.normal(signedBalanceFen) >= 0;
    }
}
