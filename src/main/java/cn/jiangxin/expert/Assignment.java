package cn.jiangxin.expert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One expert of a draw's result in its place: asked (with a deadline), accepted, declined (with the reason),
 * expired, a reserve waiting, or skipped as booked that day elsewhere; the engagement once recorded.
 */
record Assignment(long id, long needId, long expertId, long personId, String expertName, int position, String status,
        Instant askedAt, Instant deadline, Instant answeredAt, String reason, Long replacesId, LocalDate engagedOn,
        BigDecimal hours, String outcome, String purpose, LocalDate needDate) {

    static final String ASKED = "ASKED";
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";
    static final String EXPIRED = "EXPIRED";
    static final String WAITING = "WAITING";
    /** Drawn, but another need's place holds the expert that day: skipped, the next reserve asked. */
    static final String BOOKED = "BOOKED";

    public boolean asked() {
        return ASKED.equals(status);
    }

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
