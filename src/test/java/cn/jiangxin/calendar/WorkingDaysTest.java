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

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> plainWeeks.plusWorkingDays(LocalDate.of(2027, 3, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
