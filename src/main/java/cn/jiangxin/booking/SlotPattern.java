package cn.jiangxin.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.jiangxin.platform.RuleViolationException;

/**
 * Slots to publish: on each day from {@code from} to {@code to} (both included) that falls on one of the weekdays, one
 * slot from {@code start} to {@code end} (Beijing time) with the capacity, place and what to bring. A single slot is
 * a pattern of one day. Checked when made: a window that ends after it starts, a capacity of 1 to 500, at most 26
 * weeks, a place.
 */
public record SlotPattern(String service, Set<DayOfWeek> weekdays, LocalDate from, LocalDate to, LocalTime start,
        LocalTime end, int capacity, String place, String bring) {

    static final int MAX_CAPACITY = 500;
    static final int MAX_WEEKS = 26;

    public SlotPattern {
        if (service == null || service.isBlank()) {
            throw new RuleViolationException("service", "booking.error.service");
        }
        if (weekdays == null || weekdays.isEmpty()) {
            throw new RuleViolationException("weekdays", "booking.error.weekdays");
        }
        weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
        if (from == null || to == null) {
            throw new RuleViolationException("from", "booking.error.dates");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("to", "booking.error.dateOrder");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_WEEKS * 7L) {
            throw new RuleViolationException("to", "booking.error.tooLong");
        }
        if (start == null || end == null) {
            throw new RuleViolationException("start", "booking.error.times");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolationException("end", "booking.error.window");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new RuleViolationException("capacity", "booking.error.capacity");
        }
        place = place == null ? "" : place.strip();
        if (place.isEmpty() || place.length() > 200) {
            throw new RuleViolationException("place", "booking.error.place");
        }
        bring = bring == null ? "" : bring.strip();
        if (bring.length() > 500) {
            throw new RuleViolationException("bring", "booking.error.bring");
        }
    }

    /** One slot on one day. */
    public static SlotPattern single(String service, LocalDate day, LocalTime start, LocalTime end, int capacity,
            String place, String bring) {
        return new SlotPattern(service, day == null ? null : Set.of(day.getDayOfWeek()), day, day, start, end,
                capacity, place, bring);
    }

    /** The days the pattern gives a slot on, in order. */
    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).filter(d -> weekdays.contains(d.getDayOfWeek())).toList();
    }
}
