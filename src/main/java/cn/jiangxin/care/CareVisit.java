package cn.jiangxin.care;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A talent's visit in a round: planned (perhaps assigned to a visitor and a day), visited (day, who visited, note,
 * gifts) or not reached (why). {@code visitor} is the assigned account's name or the visiting team's.
 */
record CareVisit(long id, long roundId, long personId, String personName, long unitId, String unitName, State state,
        Long visitorAccount, String visitor, LocalDate plannedOn, LocalDate visitedOn, String visitedBy, String note,
        String gifts, String notReachedWhy, Instant recordedAt) {

    enum State {
        PLANNED,
        VISITED,
        NOT_REACHED
    }

    public boolean planned() {
        return state == State.PLANNED;
    }

    /** The key of the quota use a recorded visit holds in benefit's service holds. */
    String holdKey() {
        return holdKey(id);
    }

    static String holdKey(long visitId) {
        return "CARE:" + visitId;
    }
}
