package cn.jiangxin.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import cn.jiangxin.platform.BeijingTime;

/**
 * One appointment slot a venue published: a day, a time window in Beijing time, a capacity, a place and what to
 * bring; {@code booked} is how many bookings take a seat on it (every one not cancelled).
 */
record Slot(long id, long venueAccount, String venueName, String service, LocalDate date, LocalTime start,
        LocalTime end, int capacity, String place, String bring, State state, String cancelReason, long booked) {

    /** OPEN takes bookings until it starts; CANCELLED by its venue, with a reason. */
    enum State {
        OPEN, CANCELLED
    }

    Slot {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(state, "state");
        bring = bring == null ? "" : bring;
    }

    /** The moment a day's time of day is in Beijing. */
    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BeijingTime.ZONE).toInstant();
    }

    public Instant startsAt() {
        return at(date, start);
    }

    public Instant endsAt() {
        return at(date, end);
    }

    public boolean full() {
        return booked >= capacity;
    }

    public long free() {
        return Math.max(0, capacity - booked);
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /** Open, not started and with a free seat at {@code now}. */
    public boolean bookableAt(Instant now) {
        return state == State.OPEN && now.isBefore(startsAt()) && !full();
    }

    public boolean endedAt(Instant now) {
        return !now.isBefore(endsAt());
    }
}
