package cn.jiangxin.funding;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.platform.Money;

/** One studio's funding for one assessment period, payable to the studio's unit. */
record StudioFunding(long id, String fundingKey, long studioId, String studioNumber, String studioName,
        long unitId, String unitName, String period, String gradeName, LocalDate assessedOn, long amountFen,
        FundingState state, Long batchId, String lastFailure, String cancelReason, Instant createdAt, Instant paidAt) {

    public String amountYuan() {
        return Money.yuan(amountFen);
    }

    /** The ledger party of the unit paid: {@code UNIT:5}. */
    public String party() {
        return "UNIT:" + unitId;
    }

    /** What the treasury file states, e.g. 工作室建设资助资金：GZS-3 张伟技能大师工作室（2026年度建设评估，优秀）. */
    public String purpose() {
        return "工作室建设资助资金：" + studioNumber + " " + studioName + "（" + period + "年度建设评估，" + gradeName + "）";
    }
}
