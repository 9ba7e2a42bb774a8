package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue takes back a use it recorded, within {@link #WINDOW} of recording it: a reversing record beside the use
 * (never a delete) and the use given back to the support year's counter; a use that redeemed a booking gives the
 * booking's hold back instead (USED to HELD, the count stays, {@link HeldServiceUseTakenBack} is published). The
 * use's row is locked first, so of two undos sent together one reverses and the other finds it reversed: the use
 * comes back exactly once.
 */
@Component
class RedemptionUndo {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final RedemptionStore redemptions;
    private final EntitlementStore entitlements;
    private final ServiceHolds holds;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    RedemptionUndo(RedemptionStore redemptions, EntitlementStore entitlements, ServiceHolds holds,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.redemptions = redemptions;
        this.entitlements = entitlements;
        this.holds = holds;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the use may still be taken back at {@code now}. */
    static boolean undoable(Redemption use, Instant now) {
        return !use.reversed() && now.isBefore(use.recordedAt().plus(WINDOW));
    }

    /**
     * @throws NotFoundException      when the venue recorded no such use
     * @throws RuleViolationException when it was taken back already or more than ten minutes have passed
     */
    @Transactional
    Redemption undo(CurrentUser venue, long redemptionId) {
        Redemption use = redemptions.lock(redemptionId).filter(r -> r.providerAccount() == venue.accountId())
                .orElseThrow(() -> new NotFoundException("redemption " + redemptionId));
        if (use.reversed()) {
            throw new RuleViolationException("undo", "这次登记已经撤销，次数已退回，不会重复退回");
        }
        Instant now = clock.instant();
        if (!undoable(use, now)) {
            throw new RuleViolationException("undo", "登记已超过10分钟，不能撤销；如需更正请联系区人力社保局");
        }
        redemptions.reverse(redemptionId, venue.accountId(), now);
        if (use.booked()) {
            if (!holds.unuse(use.holdKey())) {
                throw new IllegalStateException("hold " + use.holdKey() + " of redemption " + redemptionId + " is not used");
            }
            events.publishEvent(new HeldServiceUseTakenBack(use.holdKey(), redemptionId, now));
        } else {
            entitlements.giveBackUse(use.entitlementId(), use.supportYear());
        }
        audit.record(new AuditEvent(venue.username(), "SERVICE_REDEMPTION_REVERSED", "entitlement",
                String.valueOf(use.entitlementId()), AuditEvent.Outcome.SUCCESS, "person=" + use.personId()
                + " code=" + use.code() + " year=" + use.supportYear() + " redemption=" + redemptionId
                + (use.booked() ? " hold=" + use.holdKey() : "")));
        return use;
    }
}
