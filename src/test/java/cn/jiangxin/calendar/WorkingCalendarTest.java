package cn.jiangxin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped 2025 and 2026 arrangements, as migrated into the database. */
@JiangxinTest
class WorkingCalendarTest {

    @Autowired WorkingCalendar calendar;

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2025-01-24, true",   // Friday before the 2025 Spring Festival
        "2025-01-26, true",   // Sunday, make-up working day
        "2025-01-28, false",  // New Year's Eve, holiday
        "2025-02-04, false",  // last holiday day
        "2025-02-05, true",
        "2025-02-08, true",   // Saturday, make-up working day
        "2025-02-09, false",  // ordinary Sunday
        "2025-09-28, true",   // Sunday before National Day, make-up
        "2025-10-01, false",
        "2025-10-08, false",  // National Day and Mid-Autumn merged, 8 days
        "2025-10-09, true",
        "2025-10-11, true",   // Saturday, make-up
        "2026-01-04, true",   // Sunday, make-up after New Year 2026
        "2026-02-14, true",   // Saturday, make-up before Spring Festival 2026
        "2026-02-23, false",  // Monday, last day of the 2026 Spring Festival
        "2026-02-28, true",
        "2026-05-09, true",
        "2026-10-10, true",
        "2026-10-07, false"
    })
    void knowsHolidaysAndMakeUpDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void countsFiveWorkingDaysAcrossThe2025SpringFestival() {
        // Fri 24 Jan; Sun 26 and Mon 27 work; 28 Jan – 4 Feb off; 5, 6, 7 Feb work.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 7))).isEqualTo(5);
    }

    @Test
    void countsFiveWorkingDaysAcrossThe2025NationalDay() {
        // Fri 26 Sep; Sun 28, Mon 29, Tue 30 work; 1–8 Oct off; Thu 9, Fri 10 work.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11))).isEqualTo(3);
    }

    @Test
    void knowsWhichYearsHaveAnArrangement() {
        assertThat(calendar.hasArrangementFor(2025)).isTrue();
        assertThat(calendar.hasArrangementFor(2026)).isTrue();
        assertThat(calendar.hasArrangementFor(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday without arrangement").isFalse();
    }

    @Test
    void administratorsEditTheCalendarAndTheEditTakesEffect() {
        LocalDate sat = LocalDate.of(2027, 2, 6);
        calendar.put(new CalendarDay(sat, DayKind.WORKDAY, "春节调休上班"));
        assertThat(calendar.isWorkingDay(sat)).isTrue();
        calendar.put(new CalendarDay(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY, "春节"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        calendar.remove(sat);
        assertThat(calendar.isWorkingDay(sat)).isFalse();

        assertThatThrownBy(() -> calendar.put(new CalendarDay(LocalDate.of(2027, 2, 9), DayKind.WORKDAY, "调休")))
                .hasMessageContaining("调休上班只能设在周六或周日");
        assertThatThrownBy(() -> calendar.put(new CalendarDay(LocalDate.of(2027, 2, 9), DayKind.HOLIDAY, " ")))
                .hasMessageContaining("请填写节日或调休名称");
    }
}
