package cn.jiangxin.offering;

import java.time.Instant;

/**
 * One person's sign-up for an offering: a seat, a place on the waiting list (in the order of {@code queueNo}) or
 * cancelled; whether the person was an active leading talent when signed up, and who signed them up (themselves or
 * their unit). Attendance is recorded for seated people once the offering has begun.
 */
record Enrolment(long id, long offeringId, long personId, long unitId, String personName, String unitName,
        boolean leadingTalent, Channel channel, Status status, int queueNo, Instant signedUpAt, Instant seatedAt,
        boolean promoted, Instant cancelledAt, Attendance attendance) {

    /** Who signed the person up. */
    public enum Channel {
        TALENT, UNIT
    }

    /** Where the sign-up stands. */
    public enum Status {
        ENROLLED, WAITING, CANCELLED
    }

    /** What staff recorded after the offering began. */
    public enum Attendance {
        ATTENDED, ABSENT
    }

    /** Whether the person completed the offering (attended it). */
    public boolean completed() {
        return attendance == Attendance.ATTENDED;
    }
}
