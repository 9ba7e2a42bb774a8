package cn.jiangxin.ledger.domain;

/**
 * A budget line (预算科目): money allocated for one purpose and paid only for it. Each line has its own three accounts
 * (available, committed, paid), so a line's budget cannot pay another line's payables and each line's totals are its
 * accounts' balances. Allocations name their line; the common funding source is {@link LedgerAccount#BUDGET_FUNDING}.
 */
public enum BudgetLine {
    /** 奖励资金: the WorldSkills gold rewards (BEN-1). */
    REWARD(LedgerAccount.REWARD_BUDGET, LedgerAccount.REWARD_PAYABLE, LedgerAccount.REWARD_PAID),
    /** 工作室建设资助资金: the studios' construction funding (BEN-3). */
    STUDIO_FUNDING(LedgerAccount.STUDIO_BUDGET, LedgerAccount.STUDIO_PAYABLE, LedgerAccount.STUDIO_PAID);

    private final LedgerAccount budget;
    private final LedgerAccount payable;
    private final LedgerAccount paid;

    BudgetLine(LedgerAccount budget, LedgerAccount payable, LedgerAccount paid) {
        this.budget = budget;
        this.payable = payable;
        this.paid = paid;
    }

    /** Allocated and not yet committed. */
    public LedgerAccount budget() {
        return budget;
    }

    /** Committed by an approved batch, not yet confirmed paid. */
    public LedgerAccount payable() {
        return payable;
    }

    /** Confirmed paid. */
    public LedgerAccount paid() {
        return paid;
    }

    /** The line's name in refusal messages; pages take theirs from the bundle ({@code budgetLine.<name>}). */
    public String chineseName() {
        return this == REWARD ? "奖励资金" : "工作室建设资助资金";
    }
}
