package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.policy.SupportPeriod.SupportYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportPeriodTest {

    /** The shipped pack grants two years (art. 5); certification and the eligibility engine both ask it. */
    static final PolicyTerms CHAOYANG = ShippedPacks.chaoyang2025Draft().terms();
    static final SupportPeriod MAY = new SupportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2028, 5, 1));

    @Test
    void twoYearsFromTheCertificationDateThatDayIncluded() {
        SupportPeriod p = SupportPeriod.of(LocalDate.of(2025, 10, 14), 2);
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2027, 10, 14));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 10, 13));
        assertThat(SupportPeriod.of(LocalDate.of(2027, 3, 1), 2).lastDay()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(CHAOYANG.supportPeriodFrom(LocalDate.of(2025, 10, 14))).isEqualTo(p);
    }

    @Test
    void aPeriodStartingOn29FebruaryRunsToTheEndOfFebruary() {
        SupportPeriod p = SupportPeriod.of(LocalDate.of(2028, 2, 29), 2);
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(SupportPeriod.of(LocalDate.of(2028, 2, 29), 4).lastDay()).isEqualTo(LocalDate.of(2032, 2, 28));
        assertThat(SupportPeriod.of(LocalDate.of(2028, 2, 29), 4).years()).hasSize(4);
        assertThatThrownBy(() -> SupportPeriod.of(LocalDate.of(2028, 2, 29), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Issue 11: the period certification fixes and the support years benefit counts quotas in agree where the
     * calendar bites: a certification on 29 February, on 31 December, and on the day before a leap day (and a year
     * before that). Each year's first and last day, the period's last day, and for every day of the period the year
     * {@code yearOn} names is the one of {@code years()} that contains the day.
     */
    @ParameterizedTest(name = "certified on {0}")
    @CsvSource({
        // certified on, last day,  year 1 first, year 1 last, year 2 first, year 2 last
        "2028-02-29,     2030-02-28, 2028-02-29,  2029-02-27,  2029-02-28,  2030-02-28",
        "2025-12-31,     2027-12-30, 2025-12-31,  2026-12-30,  2026-12-31,  2027-12-30",
        "2028-02-28,     2030-02-27, 2028-02-28,  2029-02-27,  2029-02-28,  2030-02-27",
        "2027-02-28,     2029-02-27, 2027-02-28,  2028-02-27,  2028-02-28,  2029-02-27"
    })
    void thePeriodAndItsSupportYearsAgree(LocalDate certifiedOn, LocalDate lastDay, LocalDate firstYearFrom,
            LocalDate firstYearLast, LocalDate secondYearFrom, LocalDate secondYearLast) {
        SupportPeriod p = CHAOYANG.supportPeriodFrom(certifiedOn);
        assertThat(p.start()).isEqualTo(certifiedOn);
        assertThat(p.lastDay()).isEqualTo(lastDay);
        assertThat(p.years()).extracting(SupportYear::number, SupportYear::from, SupportYear::lastDay).containsExactly(
                tuple(1, firstYearFrom, firstYearLast), tuple(2, secondYearFrom, secondYearLast));
        assertYearsAgreeWithThePeriod(p, 2);
    }

    @Test
    void everyCertificationDateOfThreeYearsHasAsManySupportYearsAsThePolicyGrants() {
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(1)) {
            assertYearsAgreeWithThePeriod(CHAOYANG.supportPeriodFrom(d), 2);
        }
    }

    /** The years follow each other without gap or overlap from the first day to the last, and yearOn agrees. */
    private static void assertYearsAgreeWithThePeriod(SupportPeriod p, int expectedYears) {
        List<SupportYear> years = p.years();
        assertThat(years).as("years of %s", p).hasSize(expectedYears);
        assertThat(years.get(0).from()).isEqualTo(p.start());
        assertThat(years.get(years.size() - 1).lastDay()).isEqualTo(p.lastDay());
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).from()).as("year %d of %s", i + 1, p).isEqualTo(years.get(i - 1).untilExclusive());
        }
        int index = 0;
        for (LocalDate day = p.start(); !day.isAfter(p.lastDay()); day = day.plusDays(1)) {
            if (day.isAfter(years.get(index).lastDay())) {
                index++;
            }
            assertThat(p.yearOn(day)).as("%s in %s", day, p).contains(years.get(index));
        }
        assertThat(p.yearOn(p.start().minusDays(1))).isEmpty();
        assertThat(p.yearOn(p.endExclusive())).isEmpty();
    }

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

        SupportPeriod asCertified = SupportPeriod.of(LocalDate.of(2024, 2, 29), 2);
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
    void aPolicyOfOneYearGrantsOneSupportYearAndNoneIsRefused() {
        SupportPeriod oneYear = SupportPeriod.of(LocalDate.of(2026, 5, 1), 1);
        assertThat(oneYear.lastDay()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(oneYear.years())
                .containsExactly(new SupportYear(1, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1)));
        assertThatThrownBy(() -> SupportPeriod.of(LocalDate.of(2026, 5, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
