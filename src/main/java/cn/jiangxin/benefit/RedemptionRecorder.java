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
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.SupportPeriod.SupportYear;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one use of a service in one transaction: a repeated key answers the earlier use; otherwise the use row is
 * inserted (unique key) and the support year's counter raised only while it is below the quota, so neither a retry
 * nor a race counts a use twice or beyond the quota. When the talent has a booking due that day at this venue (a HELD
 * {@link ServiceHold}), the use redeems it instead: the hold moves to USED, the use names it, nothing is counted again
 * and {@link HeldServiceUsed} is published. Without one, a service the policy says is used by appointment only is
 * refused ({@code BOOKING_REQUIRED}). Refusals roll the transaction back.
 */
@Component
class RedemptionRecorder {

    private final EntitlementStore entitlements;
    private final RedemptionStore redemptions;
    private final MeasureNames names;
    private final CoveringEntitlements covering;
    private final ServiceHolds holds;
    private final PolicyVersions versions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    RedemptionRecorder(EntitlementStore entitlements, RedemptionStore redemptions, MeasureNames names,
            CoveringEntitlements covering, ServiceHolds holds, PolicyVersions versions,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.entitlements = entitlements;
        this.redemptions = redemptions;
        this.names = names;
        this.covering = covering;
        this.holds = holds;
        this.versions = versions;
        this.events = events;
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
        Optional<ServiceHold> booked = holds.useDue(request.personId(), request.code(), request.usedOn(),
                provider.accountId());
        if (booked.isPresent()) {
            redemptions.linkHold(provider.accountId(), request.idempotencyKey(), booked.get());
        } else if (bookingRequired(request.code(), request.usedOn())) {
            throw new RedemptionRefused(RedemptionRefused.Reason.BOOKING_REQUIRED, "code", "“"
                    + names.chinese(request.code()) + "”须预约后使用：该人才" + dayWords(request.usedOn())
                    + "在本机构没有预约");
        } else if (!entitlements.countUse(entitlement.id(), year.number())) {
            throw covering.quotaExhausted(entitlement, year);
        }
        redemptions.keepCount(provider.accountId(), request.idempotencyKey());
        Redemption saved = redemptions.byKey(provider.accountId(), request.idempotencyKey()).orElseThrow();
        booked.ifPresent(hold -> events.publishEvent(new HeldServiceUsed(hold.key(), request.personId(),
                request.code(), provider.accountId(), saved.id(), saved.recordedAt())));
        audit.record(new AuditEvent(provider.username(), "SERVICE_REDEEMED", "entitlement",
                String.valueOf(entitlement.id()), AuditEvent.Outcome.SUCCESS, "person=" + request.personId()
                + " code=" + request.code() + " year=" + year.number() + " on=" + request.usedOn()
                + " redemption=" + saved.id() + " by=" + (request.tokenDigest() == null ? "ID_NUMBER" : "CARD")
                + " key=" + request.idempotencyKey() + booked.map(h -> " hold=" + h.key()).orElse("")));
        return new RedemptionOutcome(saved, current(entitlement, request.usedOn()), false);
    }

    /**
     * Whether the policy version in force on the day says the service is used by appointment only (a walk-in is then
     * refused); false when no version is in force.
     */
    boolean bookingRequired(String code, LocalDate on) {
        return versions.inForceOn(on).map(v -> v.terms().bookingRequired(code)).orElse(false);
    }

    private String dayWords(LocalDate on) {
        return on.equals(LocalDate.now(clock)) ? "今天" : ChineseDate.of(on);
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

}
