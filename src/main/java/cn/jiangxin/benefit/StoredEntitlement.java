package cn.jiangxin.benefit;

import java.time.LocalDate;
import java.util.Map;

import cn.jiangxin.policy.SupportPeriod;
import cn.jiangxin.policy.SupportPeriod.SupportYear;

/** An entitlement row as stored; {@link #on} tells how it stands on a day given its uses per support year. */
record StoredEntitlement(long id, long certificationId, long personId, String policyVersion, String code,
        String article, Integer quotaPerYear, SupportPeriod period, String status) {

    Entitlement on(LocalDate date, Map<Integer, Integer> usedByYear) {
        SupportYear year = period.yearOn(date).orElse(null);
        int used = year == null ? 0 : usedByYear.getOrDefault(year.number(), 0);
        return new Entitlement(id, certificationId, personId, policyVersion, code, article, quotaPerYear, period,
                EntitlementStatus.on(date, period, status), year, used);
    }
}
