package cn.jiangxin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic over a set of exception days; free of Spring so it can be tested on its own. A day is a
 * working day when it is a make-up working day, or a Monday–Friday that is not a holiday.
 */
final class WorkingDays {

    private final Map<LocalDate, DayKind> exceptions;
    private final Set<Integer> yearsWithArrangement;

    public WorkingDays(Map<LocalDate, DayKind> exceptions, Set<Integer> yearsWithArrangement) {
        this.exceptions = Map.copyOf(exceptions);
        this.yearsWithArrangement = Set.copyOf(yearsWithArrangement);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
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

    /** Working days after {@code from} up to and including {@code to}: the age of a case opened on {@code from}, seen on {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the State Council's arrangement for that year has been loaded; without it only weekends count. */
    public boolean hasArrangementFor(int year) {
        return yearsWithArrangement.contains(year);
    }
}
