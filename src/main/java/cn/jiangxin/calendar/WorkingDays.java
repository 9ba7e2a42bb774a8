package cn.jiangxin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working-day arithmetic over a set of exception days; free of Spring so it can be tested on its own. A day is a
 * working day when it is a make-up working day, or a Monday–Friday that is not a holiday.
 */
final class WorkingDays {

    private final NavigableMap<LocalDate, DayKind> exceptions;
    private final Set<Integer> yearsWithArrangement;

    public WorkingDays(Map<LocalDate, DayKind> exceptions, Set<Integer> yearsWithArrangement) {
        this.exceptions = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(exceptions));
        this.yearsWithArrangement = Set.copyOf(yearsWithArrangement);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return isWeekday(day);
    }

    /** The n-th working day after {@code start} (start itself not counted); n ≥ 0, n = 0 gives start. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: the age of a case opened on {@code from}, seen on
     * {@code to}. Counts Monday–Friday by whole weeks, then corrects for the exception days in the range, so a list of
     * year-old cases does not walk a year of days per row.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = from.plusDays(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, to) + 1;
        long count = days / 7 * 5;
        LocalDate rest = first.plusDays(days / 7 * 7);
        for (LocalDate d = rest; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWeekday(d)) {
                count++;
            }
        }
        for (Map.Entry<LocalDate, DayKind> e : exceptions.subMap(first, true, to, true).entrySet()) {
            boolean weekday = isWeekday(e.getKey());
            if (e.getValue() == DayKind.HOLIDAY && weekday) {
                count--;
            } else if (e.getValue() == DayKind.WORKDAY && !weekday) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Whether the State Council's arrangement for that year has been loaded; without it only weekends count. */
    public boolean hasArrangementFor(int year) {
        return yearsWithArrangement.contains(year);
    }
}
