package cn.jiangxin.certification;

import java.time.LocalDate;
import java.time.Month;

/**
 * The support period of art. 5: from the certification date, for the policy's number of years, up to but excluding
 * the same date that many years later. A period that starts on 29 February ends with the last day of February of
 * its final year (the next day, 1 March, is excluded), so it is never shorter than the full years.
 */
record SupportPeriod(LocalDate start, LocalDate endExclusive) {

    static SupportPeriod of(LocalDate start, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("support period years must be positive: " + years);
        }
        LocalDate end = start.plusYears(years);
        if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 && end.getDayOfMonth() == 28) {
            end = end.plusDays(1);
        }
        return new SupportPeriod(start, end);
    }

    LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }
}
