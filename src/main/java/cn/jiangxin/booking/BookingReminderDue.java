package cn.jiangxin.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A talent has a booking tomorrow (Beijing date) and is to be reminded; published once per booking. */
public record BookingReminderDue(long bookingId, long personId, String venueName, String service, LocalDate date,
        LocalTime start, LocalTime end, String place, String bring) {

    public BookingReminderDue {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        venueName = venueName == null ? "" : venueName;
        place = place == null ? "" : place;
        bring = bring == null ? "" : bring;
    }
}
