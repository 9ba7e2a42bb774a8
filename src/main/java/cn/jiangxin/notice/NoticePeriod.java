package cn.jiangxin.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.platform.BeijingTime;

/**
 * The period of a public notice (WF-3): {@code workingDays} working days, the first of them being {@code firstDay}
 * when that is a working day, else the next working day; {@code lastDay} is the last of them. Objections are accepted
 * from 00:00 of the first day until 24:00 of the last day, Beijing time, that is up to but excluding 00:00 of the day
 * after {@code lastDay}; from that day on the notice period is over and the case may be certified.
 */
public record NoticePeriod(LocalDate firstDay, LocalDate lastDay, int workingDays) {

    public NoticePeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay) || workingDays < 1) {
            throw new IllegalArgumentException("notice period " + firstDay + ".." + lastDay + " of " + workingDays);
        }
    }

    public static NoticePeriod starting(LocalDate firstDay, int workingDays, WorkingCalendar calendar) {
        return new NoticePeriod(firstDay, calendar.plusWorkingDays(firstDay.minusDays(1), workingDays), workingDays);
    }

    public Instant opensAt() {
        return firstDay.atStartOfDay(BeijingTime.ZONE).toInstant();
    }

    /** The first moment at which objections are no longer accepted: 00:00 after the last day. */
    public Instant closesAt() {
        return lastDay.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
    }

    public boolean acceptsObjectionsAt(Instant at) {
        return !at.isBefore(opensAt()) && at.isBefore(closesAt());
    }

    /** Whether the period is over on {@code day} (a date in Beijing), so the case may be certified. */
    public boolean isOverOn(LocalDate day) {
        return day.isAfter(lastDay);
    }
}
