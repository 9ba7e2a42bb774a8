package cn.jiangxin.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SupportPeriodTest {

    @Test
    void twoYearsFromTheCertificationDateThatDayIncluded() {
        SupportPeriod p = SupportPeriod.of(LocalDate.of(2025, 10, 14), 2);
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2027, 10, 14));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 10, 13));
        assertThat(SupportPeriod.of(LocalDate.of(2027, 3, 1), 2).lastDay()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(SupportPeriod.of(LocalDate.of(2028, 2, 28), 2).lastDay()).isEqualTo(LocalDate.of(2030, 2, 27));
    }

    @Test
    void aPeriodStartingOn29FebruaryRunsToTheEndOfFebruary() {
        SupportPeriod p = SupportPeriod.of(LocalDate.of(2028, 2, 29), 2);
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(SupportPeriod.of(LocalDate.of(2028, 2, 29), 4).lastDay()).isEqualTo(LocalDate.of(2032, 2, 28));
        assertThatThrownBy(() -> SupportPeriod.of(LocalDate.of(2028, 2, 29), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
