package cn.jiangxin.ledger;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.Money;

/** A recorded budget allocation and the ledger entry that funded its budget line with it. */
record Allocation(long id, long entryId, long amountFen, String reference, LocalDate allocatedOn,
        String recordedBy, Instant recordedAt, boolean reversed, BudgetLine line) {

    public String amountYuan() {
        return Money.yuan(amountFen);
    }
}
