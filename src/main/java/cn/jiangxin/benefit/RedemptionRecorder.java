package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.SupportPeriod;
import cn.jiangxin.policy.SupportPeriod.SupportYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one use of a service in one transaction: a repeated key answers the earlier use; otherwise the use row is
 * inserted (unique key) and the support year's counter raised only while it is below the quota, so neither a retry
 * nor a race counts a use twice or beyond the quota. Refusals roll the transaction back.
 */
@Component
class RedemptionRecorder {

    private final EntitlementStore entitlements;
    private final RedemptionStore redemptions;
    private final MeasureNames names;
    private final CoveringEntitlements covering;
    private final AuditTrail audit;
    private final Clock clock;

    RedemptionRecorder(EntitlementStore entitlements, RedemptionStore redemptions, MeasureNames names,
            CoveringEntitlements covering, AuditTrail audit, Clock clock) {
        this.entitlements = entitlements;
        this.redemptions = redemptions;
        this.names = names;
        this.covering = covering;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    RedemptionOutcome record(CurrentUser provider, RedemptionRequest request) {
        Optional<Redemption> earlier = redemptions.byKey(provider.accountId(), request.idempotencyKey());
        if (earlier.isPresent()) {
            return repeated(earlier.get(), request);
        }
        StoredEntitlement entitlement = covering.require(request.personId(), request.code(), request.usedOn());
        SupportYear year = entitlement.period().yearOn(request.usedOn()).orElseThrow();
        if (!redemptions.insert(entitlement.id(), year.number(), request.usedOn(), provider, request.idempotencyKey(),
                request.tokenDigest(), clock.instant())) {
            return repeated(redemptions.byKey(provider.accountId(), request.idempotencyKey()).orElseThrow(
                    () -> new RuleViolationException("code", "同一次使用正在记录中，请稍后刷新页面查看")), request);
        }
        if (!entitlements.countUse(entitlement.id(), year.number())) {
            throw new RedemptionRefused(RedemptionRefused.Reason.QUOTA_EXHAUSTED, "code", "“" + names.chinese(request.code()) + "”本支持年度（"
                    + ChineseDate.of(year.from()) + "至" + ChineseDate.of(year.lastDay()) + "）的"
                    + entitlement.quotaPerYear() + "次已全部使用" + nextYear(entitlement.period(), year));
        }
        redemptions.keepCount(provider.accountId(), request.idempotencyKey());
        Redemption saved = redemptions.byKey(provider.accountId(), request.idempotencyKey()).orElseThrow();
        audit.record(new AuditEvent(provider.username(), "SERVICE_REDEEMED", "entitlement",
                String.valueOf(entitlement.id()), AuditEvent.Outcome.SUCCESS, "person=" + request.personId()
                + " code=" + request.code() + " year=" + year.number() + " on=" + request.usedOn()
                + " redemption=" + saved.id() + " by=" + (request.tokenDigest() == null ? "ID_NUMBER" : "CARD")
                + " key=" + request.idempotencyKey()));
        return new RedemptionOutcome(saved, current(entitlement, request.usedOn()), false);
    }

    private RedemptionOutcome repeated(Redemption earlier, RedemptionRequest request) {
        if (earlier.personId() != request.personId() || !earlier.code().equals(request.code())
                || !java.util.Objects.equals(earlier.tokenDigest(), request.tokenDigest())) {
            throw new RedemptionRefused(RedemptionRefused.Reason.KEY_REUSED, "idempotencyKey",
                    "此请求编号已用于另一次使用记录，请刷新页面后重试");
        }
        StoredEntitlement entitlement = entitlements.find(earlier.entitlementId()).orElseThrow();
        return new RedemptionOutcome(earlier, current(entitlement, earlier.usedOn()), true);
    }

    private Entitlement current(StoredEntitlement entitlement, LocalDate on) {
        return entitlement.on(on, entitlements.usageOfPerson(entitlement.personId())
                .getOrDefault(entitlement.id(), Map.of()));
    }

    static String nextYear(SupportPeriod period, SupportYear year) {
        return year.untilExclusive().isBefore(period.endExclusive())
                ? "，下一支持年度自" + ChineseDate.of(year.untilExclusive()) + "起重新计算"
                : "，支持期内不再有新的次数";
    }
}
