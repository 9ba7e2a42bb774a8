package cn.jiangxin.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A venue cancelled an appointment slot with a reason: every booking on it was cancelled and its use of the service
 * given back. {@code personIds} are the talents who had booked it, to be told.
 */
public record SlotCancelled(long slotId, String venueName, String service, LocalDate date, LocalTime start,
        LocalTime end, String place, String reason, List<Long> personIds, Instant at) {

    public SlotCancelled {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        personIds = List.copyOf(personIds);
        venueName = venueName == null ? "" : venueName;
        place = place == null ? "" : place;
    }
}
