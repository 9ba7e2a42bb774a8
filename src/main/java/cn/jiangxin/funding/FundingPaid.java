package cn.jiangxin.funding;

import java.time.Instant;
import java.time.LocalDate;

import cn.jiangxin.platform.Money;

/**
 * A studio's funding was paid: finance recorded the treasury's confirmation, on {@code paidOn} (Beijing date).
 * Published once per funding, after the commit of the result; the unit's officers are told.
 */
public record FundingPaid(long fundingId, long studioId, String studioNumber, String studioName, long unitId,
        String unitName, String period, long amountFen, String bankName, String bankAccountMasked, LocalDate paidOn,
        Instant at) {

    public String amountYuan() {
        return Money.yuan(amountFen);
    }
}
