package cn.jiangxin.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.jiangxin.policy.PolicyTerms;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.policy.ShippedPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingAgeTest {

    static final PolicyTerms TERMS = ShippedPacks.chaoyang2025Draft().terms();
    final WorkingAge rule = new WorkingAge();

    @ParameterizedTest(name = "man born {0} on {1}: {2}")
    @CsvSource({
        "2010-05-01, 2026-04-30, false",
        "2010-05-01, 2026-05-01, true",
        "2012-02-29, 2028-02-28, false",
        "2012-02-29, 2028-02-29, true",
        "2010-01-31, 2026-01-30, false",
        "2010-01-31, 2026-01-31, true",
        // retirement date is the first day out of working age
        "1965-01-10, 2025-02-09, true",
        "1965-01-10, 2025-02-10, false",
        "1965-01-31, 2025-02-27, true",
        "1965-01-31, 2025-02-28, false",
        "1964-12-31, 2024-12-30, true",
        "1964-12-31, 2024-12-31, false"
    })
    void sixteenthBirthdayAndRetirementBoundaries(String birth, String asOf, boolean inWorkingAge) {
        RuleDecision d = rule.decide(Candidates.man(LocalDate.parse(birth)), LocalDate.parse(asOf), TERMS);
        assertThat(d.passed()).isEqualTo(inWorkingAge);
        assertThat(d.rule()).isEqualTo("WORKING_AGE");
    }

    @ParameterizedTest
    @CsvSource({"FEMALE_55, 2026-08-14, true", "FEMALE_55, 2026-08-15, false", "FEMALE_50, 2021-04-15, false"})
    void aWomansCategoryDecides(RetirementCategory category, String asOf, boolean inWorkingAge) {
        RuleDecision d = rule.decide(Candidates.woman(LocalDate.of(1971, 4, 15), category), LocalDate.parse(asOf), TERMS);
        assertThat(d.passed()).isEqualTo(inWorkingAge);
    }

    @org.junit.jupiter.api.Test
    void reasonsSayTheRetirementDateAndTheDayInWords() {
        RuleDecision ok = rule.decide(Candidates.woman(LocalDate.of(1990, 3, 7), RetirementCategory.FEMALE_55),
                LocalDate.of(2026, 5, 1), TERMS);
        assertThat(ok.reason()).isEqualTo("按您所选类别，法定退休日期为2048年3月7日；测评日2026年5月1日在法定劳动年龄内");
        RuleDecision young = rule.decide(Candidates.man(LocalDate.of(2012, 2, 29)), LocalDate.of(2026, 5, 1), TERMS);
        assertThat(young.reason()).contains("未满16周岁").contains("2028年2月29日");
        RuleDecision retired = rule.decide(Candidates.man(LocalDate.of(1960, 1, 1)), LocalDate.of(2026, 5, 1), TERMS);
        assertThat(retired.reason()).contains("2020年1月1日").contains("已达到法定退休年龄");
    }
}
