package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class BeijingTimeTest {

    /** 16:30 UTC on 30 April is already 00:30 on 1 May in Beijing. */
    private static final Instant JUST_AFTER_MIDNIGHT_IN_BEIJING = Instant.parse("2026-04-30T16:30:59Z");

    @Test
    void momentsAreShownInBeijingTimeWhateverTheServersZone() {
        assertThat(BeijingTime.ZONE.getId()).isEqualTo(BeijingTime.ZONE_ID).isEqualTo("Asia/Shanghai");
        assertThat(BeijingTime.date(JUST_AFTER_MIDNIGHT_IN_BEIJING)).isEqualTo("2026-05-01");
        assertThat(BeijingTime.dateTime(JUST_AFTER_MIDNIGHT_IN_BEIJING)).isEqualTo("2026-05-01 00:30");
        assertThat(BeijingTime.dateTimeWithSeconds(JUST_AFTER_MIDNIGHT_IN_BEIJING)).isEqualTo("2026-05-01 00:30:59");
    }

    @Test
    void noMomentIsShownAsNothing() {
        assertThat(BeijingTime.date(null)).isEmpty();
        assertThat(BeijingTime.dateTime(null)).isEmpty();
        assertThat(BeijingTime.dateTimeWithSeconds(null)).isEmpty();
    }

    @Test
    void chineseDatesHaveNoLeadingZeros() {
        assertThat(ChineseDate.of(LocalDate.of(2026, 5, 1))).isEqualTo("2026年5月1日");
        assertThat(ChineseDate.of(LocalDate.of(2025, 12, 31))).isEqualTo("2025年12月31日");
        assertThat(ChineseDate.atMinute(LocalDateTime.of(2026, 5, 1, 9, 5))).isEqualTo("2026年5月1日 09:05");
    }
}
