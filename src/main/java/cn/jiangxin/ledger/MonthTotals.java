package cn.jiangxin.ledger;

import cn.jiangxin.ledger.domain.Money;

/**
 * One month of the reward budget: what was allocated and paid in the month (net of reversals), and the budget still
 * available, the amount payable and the total paid at the month's end.
 */
public record MonthTotals(String month, long allocatedFen, long paidFen, long budgetEndFen, long payableEndFen,
        long paidEndFen) {

    public String allocatedYuan() {
        return Money.yuan(allocatedFen);
    }

    public String paidYuan() {
        return Money.yuan(paidFen);
    }

    public String budgetEndYuan() {
        return Money.yuan(budgetEndFen);
    }

    public String payableEndYuan() {
        return Money.yuan(payableEndFen);
    }

    public String paidEndYuan() {
        return Money.yuan(paidEndFen);
    }
}
