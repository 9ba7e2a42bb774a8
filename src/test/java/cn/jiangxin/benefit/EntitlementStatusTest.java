package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.jiangxin.policy.SupportPeriod;
import org.junit.jupiter.api.Test;

class EntitlementStatusTest {

    static final SupportPeriod MAY = new SupportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2028, 5, 1));

    @Test
    void theStatusOnADayLapsesOnTheDayAfterTheLastEvenBeforeTheJobMarksIt() {
        assertThat(EntitlementStatus.on(LocalDate.of(2026, 4, 30), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.PENDING);
        assertThat(EntitlementStatus.on(LocalDate.of(2026, 5, 1), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(EntitlementStatus.on(LocalDate.of(2028, 4, 30), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(EntitlementStatus.on(LocalDate.of(2028, 5, 1), MAY, "ACTIVE")).isEqualTo(EntitlementStatus.LAPSED);
        assertThat(EntitlementStatus.on(LocalDate.of(2028, 5, 1), MAY, "LAPSED")).isEqualTo(EntitlementStatus.LAPSED);
    }
}
