package cn.jiangxin.benefit;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded use of a service: which entitlement, in which support year, on which day, by which venue. */
record Redemption(long id, long entitlementId, long personId, String code, int supportYear, LocalDate usedOn,
        String providerName, Instant recordedAt) {
}
