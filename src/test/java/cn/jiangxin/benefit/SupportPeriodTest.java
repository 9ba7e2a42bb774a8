package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.jiangxin.benefit.SupportPeriod.SupportYear;
import org.junit.jupiter.api.Test;

class SupportPeriodTest {

    static final SupportPeriod MAY = new SupportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2028, 5, 1));

    @Test
    void aTwoYearPeriodHasTwoSupportYearsThatMeetOnTheAnniversary() {
        assertThat(MAY.years()).containsExactly(
                new SupportYear(1, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1)),
                new SupportYear(2, LocalDate.of(2027, 5, 1), LocalDate.of(2028, 5, 1)));
        assertThat(MAY.lastDay()).isEqualTo(LocalDate.of(2028, 4, 30));
        assertThat(MAY.yearOn(LocalDate.of(2026, 5, 1))).map(SupportYear::number).contains(1);
        assertThat(MAY.yearOn(LocalDate.of(2027, 4, 30))).map(SupportYear::number).contains(1);
        assertThat(MAY.yearOn(LocalDate.of(2027, 5, 1))).map(SupportYear::number).contains(2);
        assertThat(MAY.yearOn(LocalDate.of(2028, 4, 30))).map(SupportYear::number).contains(2);
        assertThat(MAY.yearOn(LocalDate.of(2028, 5, 1))).isEmpty();
        assertThat(MAY.yearOn(LocalDate.of(2026, 4, 30))).isEmpty();
    }

    @Test
    void aLeapDayCertificationStartsItsNextYearsOnTheTwentyEighthOfFebruary() {
        SupportPeriod leap = new SupportPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28));
        assertThat(leap.yearOn(LocalDate.of(2025, 2, 27))).map(SupportYear::number).contains(1);
        assertThat(leap.yearOn(LocalDate.of(2025, 2, 28))).map(SupportYear::number).contains(2);
        assertThat(leap.yearOn(LocalDate.of(2026, 2, 27))).map(SupportYear::number).contains(2);
        assertThat(leap.yearOn(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(leap.years()).extracting(SupportYear::lastDay)
                .containsExactly(LocalDate.of(2025, 2, 27), LocalDate.of(2026, 2, 27));

        SupportPeriod asCertified = new SupportPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 3, 1));
        assertThat(asCertified.years()).as("the day after the second anniversary is no third year").containsExactly(
                new SupportYear(1, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)),
                new SupportYear(2, LocalDate.of(2025, 2, 28), LocalDate.of(2026, 3, 1)));
        assertThat(asCertified.yearOn(LocalDate.of(2026, 2, 28))).map(SupportYear::number).contains(2);

        SupportPeriod fourYears = new SupportPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29));
        assertThat(fourYears.yearOn(LocalDate.of(2027, 2, 28))).map(SupportYear::number).contains(4);
        assertThat(fourYears.yearOn(LocalDate.of(2028, 2, 28))).map(SupportYear::number).contains(4);
        assertThat(fourYears.years()).hasSize(4);
    }

    @Test
    void aPeriodThatIsNotWholeYearsEndsItsLastYearEarly() {
        SupportPeriod odd = new SupportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 8, 1));
        assertThat(odd.years()).containsExactly(
                new SupportYear(1, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1)),
                new SupportYear(2, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 8, 1)));
        assertThatThrownBy(() -> new SupportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStatusOnADayLapsesOnTheDayAfterTheLastEvenBeforeTheJobMarksIt() {
        assertThat(EntitlementStatus.on(LocalDate.of(2026, 4, 30), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.PENDING);
        assertThat(EntitlementStatus.on(LocalDate.of(2026, 5, 1), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(EntitlementStatus.on(LocalDate.of(2028, 4, 30), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(EntitlementStatus.on(LocalDate.of(2028, 5, 1), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.LAPSED);
        assertThat(EntitlementStatus.on(LocalDate.of(2028, 5, 1), MAY, "LAPSED")).isEqualTo(EntitlementStatus.LAPSED);
    }

    @Test
    void venuesSeeOnlyTheFirstCharacterOfAName() {
        assertThat(MaskedName.of("张伟")).isEqualTo("张*");
        assertThat(MaskedName.of("单丽华")).isEqualTo("单**");
        assertThat(MaskedName.of("𠀀明")).isEqualTo("𠀀*");
        assertThat(MaskedName.of("伟")).isEqualTo("*");
    }
}
