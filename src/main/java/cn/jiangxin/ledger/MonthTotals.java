package cn.jiangxin.ledger;

import cn.jiangxin.platform.Money;

/**
 * One month of the reward budget: what was allocated and paid in the month (net of reversals), and the budget still
 * available, the amount payable and the total paid at the month's end.
 */
record MonthTotals(String month, long allocatedFen, long paidFen, long budgetEndFen, long payableEndFen,
        long paidEndFen) {

    /**
     * The months as JSON for the chart script: month labels and, per series, amounts in yuan (numbers only, so the
     * attribute needs no escaping beyond what Thymeleaf does).
     */
    static String chartData(java.util.List<MonthTotals> months) {
        java.util.function.Function<java.util.function.ToLongFunction<MonthTotals>, String> series = f -> months.stream()
                .map(m -> java.math.BigDecimal.valueOf(f.applyAsLong(m), 2).toPlainString())
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return "{\"months\":" + months.stream().map(m -> "\"" + m.month() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"))
                + ",\"budget\":" + series.apply(MonthTotals::budgetEndFen)
                + ",\"payable\":" + series.apply(MonthTotals::payableEndFen)
                + ",\"paid\":" + series.apply(MonthTotals::paidEndFen) + "}";
    }

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
