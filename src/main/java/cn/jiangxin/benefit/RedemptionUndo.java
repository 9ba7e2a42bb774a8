package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.jiangxin.audit.AuditEvent;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue takes back a use it recorded, within {@link #WINDOW} of recording it: a reversing record beside the use
 * (never a delete) and the use given back to the support year's counter. The use's row is locked first, so of two
 * undos sent together one reverses and the other finds it reversed: the use comes back exactly once.
 */
@Component
class RedemptionUndo {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final RedemptionStore redemptions;
    private final EntitlementStore entitlements;
    private final AuditTrail audit;
    private final Clock clock;

    RedemptionUndo(RedemptionStore redemptions, EntitlementStore entitlements, AuditTrail audit, Clock clock) {
        this.redemptions = redemptions;
        this.entitlements = entitlements;
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
        entitlements.giveBackUse(use.entitlementId(), use.supportYear());
        audit.record(new AuditEvent(venue.username(), "SERVICE_REDEMPTION_REVERSED", "entitlement",
                String.valueOf(use.entitlementId()), AuditEvent.Outcome.SUCCESS, "person=" + use.personId()
                + " code=" + use.code() + " year=" + use.supportYear() + " redemption=" + redemptionId));
        return use;
    }
}
