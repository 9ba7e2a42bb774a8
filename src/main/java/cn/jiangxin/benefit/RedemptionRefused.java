package cn.jiangxin.benefit;

import java.util.Objects;

import cn.jiangxin.platform.RuleViolationException;

/**
 * A use that was not recorded, with the reason as a kind the card API answers with its code (the message says it in
 * words, as every refusal does).
 */
public final class RedemptionRefused extends RuleViolationException {

    /** Why a use was not recorded. */
    public enum Reason {
        /** Not a service of the policy. */
        UNKNOWN_SERVICE,
        /** A service this venue does not offer. */
        SERVICE_NOT_OFFERED,
        /** This support year's uses are all taken. */
        QUOTA_EXHAUSTED,
        /** The venue's request key (scan id) was used for another talent, service or token. */
        KEY_REUSED,
        /** The talent has no such service on that day (none granted, lapsed, not yet or no longer valid). */
        NOT_ENTITLED,
        /** The service is used by appointment only and the talent has no booking that day at this venue. */
        BOOKING_REQUIRED
    }

    private final Reason reason;

    RedemptionRefused(Reason reason, String field, String message) {
        super(field, message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
