package cn.jiangxin.listimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The progress panel's figures: rate since the start, share done and time left from the counted rows. */
class ProgressTest {

    private static final Instant START = Instant.parse("2026-11-30T02:00:00Z");

    private static ImportListingStore.ListRow list(ImportStatus status, long read, Long expected, Instant finished) {
        return new ImportListingStore.ListRow(1, "来源", ImportKind.COMPETITION, "名单.xlsx", 100, status, null, read,
                read - 10, 10, 0, expected, START, finished, 1, START, null);
    }

    @Test
    void aRunningListShowsItsRateShareAndTimeLeft() {
        Progress p = Progress.of(list(ImportStatus.RUNNING, 50_000, 200_000L, null), START.plusSeconds(10));
        assertThat(p.rowsPerSecond()).isEqualTo(5_000);
        assertThat(p.percent()).isEqualTo(25);
        assertThat(p.left()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.running()).isTrue();
    }

    @Test
    void withoutTheCountTheShareAndTimeLeftAreLeftOutAndADoneListIsWhole() {
        Progress counting = Progress.of(list(ImportStatus.RUNNING, 1_000, null, null), START.plusSeconds(2));
        assertThat(counting.percent()).isEqualTo(-1);
        assertThat(counting.left()).isNull();
        Progress done = Progress.of(list(ImportStatus.DONE, 1_000, 1_000L, START.plusSeconds(4)),
                START.plusSeconds(3_600));
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.rowsPerSecond()).as("measured to the finish, not to now").isEqualTo(250);
        assertThat(done.left()).isNull();
        assertThat(Progress.of(list(ImportStatus.MAPPED, 0, 1_000L, null), START).rate()).isNull();
    }
}
