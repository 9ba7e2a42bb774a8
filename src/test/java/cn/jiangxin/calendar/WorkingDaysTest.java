package cn.jiangxin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays plainWeeks = new WorkingDays(Map.of(), Set.of());

    @Test
    void withoutExceptionsMondayToFridayAreWorkingDays() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        assertThat(plainWeeks.plusWorkingDays(monday, 0)).isEqualTo(monday);
        assertThat(plainWeeks.plusWorkingDays(monday, 4)).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(plainWeeks.plusWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(plainWeeks.workingDaysBetween(monday, monday)).isZero();
        assertThat(plainWeeks.workingDaysBetween(monday, LocalDate.of(2027, 3, 8))).isEqualTo(5);
    }

    @Test
    void startingOnAWeekendCountsFromTheNextWorkingDay() {
        assertThat(plainWeeks.plusWorkingDays(LocalDate.of(2027, 3, 6), 1)).isEqualTo(LocalDate.of(2027, 3, 8));
    }

    /**
     * The counting by whole weeks with corrections for exception days agrees with the definition — every day after
     * {@code from} up to {@code to} that {@link WorkingDays#isWorkingDay} accepts — on random calendars and ranges
     * (seeded by {@code -Djiangxin.test.seed}; the seed is in the failure message).
     */
    @Test
    void countingByWeeksAgreesWithCountingDayByDay() {
        long seed = Long.getLong("jiangxin.test.seed", System.nanoTime());
        java.util.Random random = new java.util.Random(seed);
        LocalDate origin = LocalDate.of(2025, 1, 1);
        for (int round = 0; round < 300; round++) {
            Map<LocalDate, DayKind> exceptions = new java.util.HashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                exceptions.put(origin.plusDays(random.nextInt(800)), random.nextBoolean() ? DayKind.HOLIDAY : DayKind.WORKDAY);
            }
            WorkingDays days = new WorkingDays(exceptions, Set.of());
            LocalDate from = origin.plusDays(random.nextInt(800) - 20);
            LocalDate to = from.plusDays(random.nextInt(500) - 10);
            int expected = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                expected += days.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(days.workingDaysBetween(from, to)).as("seed %d: %s to %s with %s", seed, from, to, exceptions)
                    .isEqualTo(expected);
        }
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> plainWeeks.plusWorkingDays(LocalDate.of(2027, 3, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The 2026 National Day holidays as the State Council arranged them: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
    private final WorkingDays national2026 = new WorkingDays(Map.of(
            LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 9, 20), DayKind.WORKDAY,
            LocalDate.of(2026, 10, 10), DayKind.WORKDAY), Set.of(2026));

    @Test
    void holidaysAreNotWorkedAndMakeUpDaysAre() {
        assertThat(national2026.isWorkingDay(LocalDate.of(2026, 10, 1))).as("Thursday, holiday").isFalse();
        assertThat(national2026.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday, make-up day").isTrue();
        assertThat(national2026.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday, make-up day").isTrue();
        assertThat(national2026.isWorkingDay(LocalDate.of(2026, 10, 3))).as("Saturday").isFalse();
        assertThat(national2026.isWorkingDay(LocalDate.of(2026, 10, 8))).as("Thursday after").isTrue();
    }

    @Test
    void aNoticeOverTheNationalDayHolidaysSkipsThemAndCountsTheMakeUpSaturday() {
        // published on Wednesday 30 September: 8 (Thu), 9 (Fri), 10 (make-up Sat), 12 (Mon), 13 (Tue)
        assertThat(national2026.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(plainWeeks.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(national2026.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).as("Friday to the make-up Sunday")
                .isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void theAgeOfACaseCountsWorkingDaysAfterItsStartUpToAndIncludingToday() {
        assertThat(national2026.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13))).isEqualTo(5);
        assertThat(national2026.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 7))).isZero();
        assertThat(national2026.workingDaysBetween(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10))).isEqualTo(1);
        assertThat(national2026.workingDaysBetween(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 9))).isZero();
    }

    @Test
    void knowsWhichYearsHaveAnArrangement() {
        assertThat(national2026.hasArrangementFor(2026)).isTrue();
        assertThat(national2026.hasArrangementFor(2027)).isFalse();
        assertThat(plainWeeks.hasArrangementFor(2026)).isFalse();
    }
}
