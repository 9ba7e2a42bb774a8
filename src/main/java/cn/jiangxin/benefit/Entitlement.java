package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.Objects;

import cn.jiangxin.policy.SupportPeriod;
import cn.jiangxin.policy.SupportPeriod.SupportYear;

/**
 * One measure a certification granted, as it stands on a given day: the article it implements, the support period,
 * the status and, for a service, the support year that day falls in with the uses counted in it. {@code currentYear}
 * is null outside the period; {@code quotaPerYear} is null for a measure that is not counted.
 */
public record Entitlement(long id, long certificationId, long personId, String policyVersion, String code,
        String article, Integer quotaPerYear, SupportPeriod period, EntitlementStatus status, SupportYear currentYear,
        int usedThisYear) {

    public Entitlement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        article = article == null ? "" : article;
    }

    public boolean isService() {
        return quotaPerYear != null;
    }

    /** Uses left in the current support year; null for a measure without quota or outside the period. */
    public Integer leftThisYear() {
        return isService() && currentYear != null ? Math.max(0, quotaPerYear - usedThisYear) : null;
    }

    public boolean usable() {
        Integer left = leftThisYear();
        return status == EntitlementStatus.ACTIVE && left != null && left > 0;
    }

    public LocalDate lastDay() {
        return period.lastDay();
    }
}
