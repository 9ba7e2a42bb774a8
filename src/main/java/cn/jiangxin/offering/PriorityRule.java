package cn.jiangxin.offering;

import java.time.LocalDate;

import cn.jiangxin.policy.PolicyTerms;

/**
 * How leading talents get priority in one offering, copied from the policy version in force when it is published:
 * either {@code heldSeats} of the seats are held for them until {@code heldUntil} (HELD_SHARE), or they may sign up
 * from {@code priorityFrom}, before everyone else (PRIORITY_WINDOW; no seats held).
 */
record PriorityRule(Kind kind, int heldSeats, LocalDate heldUntil, LocalDate priorityFrom) {

    /** The two ways the policy pack may give priority. */
    public enum Kind {
        HELD_SHARE, PRIORITY_WINDOW
    }

    public PriorityRule {
        if (kind == null || priorityFrom == null || heldSeats < 0) {
            throw new IllegalArgumentException("an incomplete priority rule");
        }
        if (kind == Kind.HELD_SHARE && heldUntil == null) {
            throw new IllegalArgumentException("held seats need the date they are held until");
        }
    }

    /**
     * The rule of the policy for an offering of {@code capacity} seats whose general sign-up runs from {@code opens}
     * to {@code closes}: the held share rounded up (at most every seat), held for the policy's days from the opening
     * (at most to the close); or the priority window's days before the opening.
     */
    static PriorityRule of(PolicyTerms terms, int capacity, LocalDate opens, LocalDate closes) {
        if (Kind.PRIORITY_WINDOW.name().equals(terms.offeringPriorityRule())) {
            return new PriorityRule(Kind.PRIORITY_WINDOW, 0, null, opens.minusDays(terms.offeringPriorityWindowDays()));
        }
        int percent = Math.min(100, terms.offeringHeldSharePercent());
        int held = (capacity * percent + 99) / 100;
        LocalDate until = opens.plusDays(terms.offeringHoldDays() - 1L);
        return new PriorityRule(Kind.HELD_SHARE, held, until.isAfter(closes) ? closes : until, opens);
    }

    /** Whether seats are held for leading talents on {@code day}. */
    boolean holdingOn(LocalDate day) {
        return kind == Kind.HELD_SHARE && heldSeats > 0 && !day.isAfter(heldUntil);
    }

    /** Whether held seats were kept and their date has passed, so what is left of them goes to the waiting list. */
    boolean releaseDueOn(LocalDate day) {
        return kind == Kind.HELD_SHARE && heldSeats > 0 && day.isAfter(heldUntil);
    }
}
