package cn.jiangxin.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommentWindowTest {

    /** The seed's window: 2025年3月11日至3月17日, Beijing time. */
    private final CommentWindow seed = CommentWindow.days(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 17));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025-03-10T23:59:59.999+08:00, UPCOMING",
        "2025-03-11T00:00:00+08:00,     OPEN",
        "2025-03-17T23:59:59+08:00,     OPEN",
        "2025-03-17T23:59:59.999999+08:00, OPEN",
        "2025-03-18T00:00:00+08:00,     CLOSED",
        // the same instants seen by clients elsewhere: what counts is Beijing time, not the client's date
        "2025-03-17T15:59:59Z,          OPEN",
        "2025-03-17T16:00:00Z,          CLOSED",
        "2025-03-17T11:59:59-04:00,     OPEN",
        "2025-03-17T12:00:00-04:00,     CLOSED",
        "2025-03-10T16:00:00Z,          OPEN",
        "2025-03-11T01:00:00+09:00,     OPEN",
        "2025-03-11T00:59:59+09:00,     UPCOMING"
    })
    void theLastSecondOfTheLastDayCountsAndTheNextDoesNot(OffsetDateTime at, CommentWindow.State state) {
        assertThat(seed.stateAt(at.toInstant())).isEqualTo(state);
    }

    @Test
    void aNewYorkClientStillOnTheSeventeenthIsTooLate() {
        Instant lateInBeijing = ZonedDateTime.of(2025, 3, 17, 13, 0, 0, 0, ZoneId.of("America/New_York")).toInstant();
        assertThat(lateInBeijing.atZone(ZoneId.of("America/New_York")).toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(seed.stateAt(lateInBeijing)).isEqualTo(CommentWindow.State.CLOSED);
    }

    @Test
    void statesItsDaysAsTheNoticeDoes() {
        assertThat(seed.firstDay()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(seed.lastDay()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(seed.opensInWords()).isEqualTo("2025年3月11日 00:00");
        assertThat(seed.closesInWords()).isEqualTo("2025年3月17日 24:00");
    }

    @Test
    void aWindowThatEndsWithinADayStatesItsMinuteInBeijingTime() {
        CommentWindow afternoon = new CommentWindow(Instant.parse("2025-03-11T01:05:00Z"),
                Instant.parse("2025-03-17T09:30:00Z"));
        assertThat(afternoon.opensInWords()).isEqualTo("2025年3月11日 09:05");
        assertThat(afternoon.closesInWords()).isEqualTo("2025年3月17日 17:30");
        assertThat(afternoon.lastDay()).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void refusesAWindowThatClosesBeforeItOpens() {
        Instant t = Instant.parse("2025-03-11T00:00:00Z");
        assertThatThrownBy(() -> new CommentWindow(t, t)).hasMessageContaining("截止时间必须晚于开始时间");
    }
}
