package cn.jiangxin.ledger;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.Money;

/**
 * One budget line's money: still available, committed by approved batches and not yet paid, and paid; together what
 * was allocated to the line, net of reversed allocations. Read from the line's three account balances.
 */
record BudgetLineTotals(BudgetLine line, long availableFen, long committedFen, long paidFen) {

    public long allocatedFen() {
        return availableFen + committedFen + paidFen;
    }

    public String allocatedYuan() {
        return Money.yuan(allocatedFen());
    }

    public String availableYuan() {
        return Money.yuan(availableFen);
    }

    public String committedYuan() {
        return Money.yuan(committedFen);
    }

    public String paidYuan() {
        return Money.yuan(paidFen);
    }
}
