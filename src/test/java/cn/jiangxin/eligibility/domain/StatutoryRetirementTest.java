package cn.jiangxin.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.policy.ShippedPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatutoryRetirementTest {

    static final PolicyTerms TERMS = ShippedPacks.chaoyang2025Draft().terms();

    static LocalDate retirement(RetirementCategory category, String birth) {
        return StatutoryRetirement.retirementDate(LocalDate.parse(birth), TERMS.retirement(category));
    }

    @ParameterizedTest(name = "{0} born {1} retires {2}")
    @CsvSource({
        // SPEC POL-1 examples
        "MALE_60, 1965-01-10, 2025-02-10",
        "MALE_60, 1965-12-01, 2026-03-01",
        "FEMALE_55, 1971-04-15, 2026-08-15",
        "FEMALE_50, 1995-12-20, 2050-12-20",
        // the contract's example person
        "FEMALE_55, 1990-03-07, 2048-03-07",
        // born before the reform: no delay
        "MALE_60, 1964-12-31, 2024-12-31",
        "FEMALE_55, 1969-12-01, 2024-12-01",
        "FEMALE_50, 1974-12-15, 2024-12-15",
        // caps: 63, 58 and 55
        "MALE_60, 1976-09-01, 2039-09-01",
        "MALE_60, 1990-06-15, 2053-06-15",
        "FEMALE_55, 1981-09-01, 2039-09-01",
        "FEMALE_50, 1984-12-01, 2039-12-01",
        "FEMALE_50, 1984-10-01, 2039-09-01",
        // month ends clamp once: 31 Jan + 721 months is 28 Feb; 29 Feb + 667 months is 29 Sep, not 28 Sep
        "MALE_60, 1965-01-31, 2025-02-28",
        "MALE_60, 1967-11-30, 2028-08-30",
        "FEMALE_55, 1971-10-31, 2027-04-30",
        "FEMALE_55, 1972-02-29, 2027-09-29",
        "FEMALE_50, 1976-02-29, 2026-09-29",
        "FEMALE_50, 1975-07-31, 2025-11-30"
    })
    void examples(RetirementCategory category, String birth, String expected) {
        assertThat(retirement(category, birth)).isEqualTo(LocalDate.parse(expected));
    }

    /** The first and the last birth month of every delay step, up to the cap, for each category. */
    static Stream<Arguments> steps() {
        List<Arguments> out = new ArrayList<>();
        Object[][] categories = {
            {RetirementCategory.MALE_60, YearMonth.of(1965, 1), 4, 36},
            {RetirementCategory.FEMALE_55, YearMonth.of(1970, 1), 4, 36},
            {RetirementCategory.FEMALE_50, YearMonth.of(1975, 1), 2, 60},
        };
        for (Object[] c : categories) {
            YearMonth start = (YearMonth) c[1];
            int step = (int) c[2];
            int cap = (int) c[3];
            for (int delay = 1; delay <= cap; delay++) {
                out.add(Arguments.of(c[0], start.plusMonths((long) (delay - 1) * step), delay));
                out.add(Arguments.of(c[0], start.plusMonths((long) delay * step - 1), delay));
            }
            out.add(Arguments.of(c[0], start.plusMonths((long) cap * step), cap));
            out.add(Arguments.of(c[0], start.plusMonths(600), cap));
            out.add(Arguments.of(c[0], start.minusMonths(1), 0));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} born {1}: {2} months")
    @MethodSource("steps")
    void delayStepBoundaries(RetirementCategory category, YearMonth birthMonth, int delay) {
        PolicyTerms.RetirementScheme scheme = TERMS.retirement(category);
        LocalDate birth = birthMonth.atDay(15);
        assertThat(StatutoryRetirement.delayMonths(birth, scheme)).isEqualTo(delay);
        assertThat(StatutoryRetirement.retirementDate(birth, scheme))
                .isEqualTo(birthMonth.plusYears(scheme.baseYears()).plusMonths(delay).atDay(15));
    }
}
