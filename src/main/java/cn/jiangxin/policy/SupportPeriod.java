package cn.jiangxin.policy;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The support period of art. 5, fixed at certification: from {@code start} (the certification date) up to but
 * excluding {@code endExclusive}, the same date the policy's number of years later. A period that starts on
 * 29 February ends with the last day of February of its final year (1 March is excluded), so it is never shorter than
 * the full years.
 * <p>
 * The period is cut into support years, in which service quotas count: year n runs from {@code start} plus n-1 years
 * up to {@code start} plus n years, and the last year ends with the period. Years are added as
 * {@link LocalDate#plusYears} adds them, so for a talent certified on 29 February a new support year begins on
 * 28 February when the year has no 29 February. There are as many support years as whole years up to the last day
 * plus one: days left over after the last anniversary belong to the last year, never to a year of their own (a
 * two-year period certified on 29 February 2028 has 28 February 2030, its second anniversary as {@code plusYears}
 * counts, as its last day, and that day is in year 2).
 */
public record SupportPeriod(LocalDate start, LocalDate endExclusive) {

    public SupportPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("the support period must end after it starts");
        }
    }

    /** The period of a certification on {@code start} under a policy that grants {@code years} years. */
    public static SupportPeriod of(LocalDate start, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("support period years must be positive: " + years);
        }
        LocalDate end = start.plusYears(years);
        if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 && end.getDayOfMonth() == 28) {
            end = end.plusDays(1);
        }
        return new SupportPeriod(start, end);
    }

    /** The last day of support, on which the entitlements may still be used. */
    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endExclusive);
    }

    /** The support year {@code date} falls in; empty outside the period. */
    public Optional<SupportYear> yearOn(LocalDate date) {
        if (!covers(date)) {
            return Optional.empty();
        }
        // YEARS.between never counts too many (start + that many years is never after date) but one too few from
        // 29 February: 2028-02-29 to 2029-02-28 is 0 whole years, while the first anniversary is 2029-02-28
        int whole = (int) ChronoUnit.YEARS.between(start, date);
        while (!start.plusYears(whole + 1L).isAfter(date)) {
            whole++;
        }
        return Optional.of(year(Math.min(whole + 1, count())));
    }

    public List<SupportYear> years() {
        List<SupportYear> years = new ArrayList<>();
        for (int n = 1; n <= count(); n++) {
            years.add(year(n));
        }
        return years;
    }

    private int count() {
        return (int) ChronoUnit.YEARS.between(start, lastDay()) + 1;
    }

    private SupportYear year(int number) {
        LocalDate until = number == count() ? endExclusive : start.plusYears(number);
        return new SupportYear(number, start.plusYears(number - 1L), until.isAfter(endExclusive) ? endExclusive : until);
    }

    /** One support year: quotas of services count per support year and start again with the next one. */
    public record SupportYear(int number, LocalDate from, LocalDate untilExclusive) {

        public LocalDate lastDay() {
            return untilExclusive.minusDays(1);
        }
    }
}
