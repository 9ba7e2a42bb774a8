package cn.jiangxin.ledger;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.platform.Money;

/** A recorded budget allocation and the ledger entry that funded the budget with it. */
record Allocation(long id, long entryId, long amountFen, String reference, LocalDate allocatedOn,
        String recordedBy, Instant recordedAt, boolean reversed) {

    public String amountYuan() {
        return Money.yuan(amountFen);
    }
}
