package cn.jiangxin.payment;

import java.time.Instant;

import cn.jiangxin.platform.Money;

/** A payment batch: built by a finance maker, approved or rejected by a different finance checker. */
public record PaymentBatch(long id, State state, long makerAccountId, String makerName, Instant createdAt,
        Long checkerAccountId, String checkerName, Instant decidedAt, String rejectReason, int lineCount,
        long totalFen, Instant exportedAt) {

    /** SUBMITTED by the maker; APPROVED or REJECTED by the checker; COMPLETED once every line has its result. */
    public enum State {
        SUBMITTED,
        APPROVED,
        REJECTED,
        COMPLETED
    }

    /** The batch number the pages, the treasury file and its business numbers use: JX-12. */
    public String number() {
        return "JX-" + id;
    }

    public String totalYuan() {
        return Money.yuan(totalFen);
    }

    public boolean madeBy(long accountId) {
        return makerAccountId == accountId;
    }
}
