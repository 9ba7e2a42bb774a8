package cn.jiangxin.ledger;

import java.time.LocalDate;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.RuleViolationException;

/**
 * A budget allocation as finance enters it: amount in fen, the allocating document's reference and date, and the
 * budget line it funds (the reward line when not named).
 */
public record NewAllocation(long amountFen, String reference, LocalDate allocatedOn, BudgetLine line) {

    /** An allocation to the reward budget line. */
    public NewAllocation(long amountFen, String reference, LocalDate allocatedOn) {
        this(amountFen, reference, allocatedOn, BudgetLine.REWARD);
    }

    public NewAllocation {
        if (amountFen <= 0) {
            throw new RuleViolationException("amount", "拨款金额须大于零");
        }
        reference = reference == null ? "" : reference.strip();
        if (reference.isEmpty() || reference.length() > 100) {
            throw new RuleViolationException("reference", "请填写拨款文号（不超过100字）");
        }
        if (allocatedOn == null) {
            throw new RuleViolationException("allocatedOn", "请填写拨款日期");
        }
        if (line == null) {
            throw new RuleViolationException("line", "请选择预算科目");
        }
    }
}
