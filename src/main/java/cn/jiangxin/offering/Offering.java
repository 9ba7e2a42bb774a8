package cn.jiangxin.offering;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published offering: what it is, when and where, its seats, its sign-up window (both days included), who may be
 * signed up (leading talents from their account, units for their employees) and the priority rule copied from the
 * policy version {@code policyVersion}.
 */
record Offering(long id, OfferingKind kind, String title, String description, LocalDate startsOn,
        LocalDate endsOn, String place, int capacity, LocalDate signupOpens, LocalDate signupCloses,
        boolean openToTalents, boolean openToUnits, PriorityRule priority, String policyVersion,
        Instant heldReleasedAt, Instant createdAt) {

    /** Where an offering stands on a day, for lists and pages. */
    public enum Stage {
        UPCOMING, PRIORITY, SIGNUP, CLOSED, RUNNING, FINISHED
    }

    public Stage stageOn(LocalDate day) {
        if (day.isAfter(endsOn)) {
            return Stage.FINISHED;
        }
        if (!day.isBefore(startsOn)) {
            return Stage.RUNNING;
        }
        if (day.isAfter(signupCloses)) {
            return Stage.CLOSED;
        }
        if (!day.isBefore(signupOpens)) {
            return Stage.SIGNUP;
        }
        return day.isBefore(priority.priorityFrom()) ? Stage.UPCOMING : Stage.PRIORITY;
    }
}
