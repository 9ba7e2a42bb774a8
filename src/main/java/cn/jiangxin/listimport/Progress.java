package cn.jiangxin.listimport;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a list's import stands, read from the database (so it survives a reload and shows the same on every node):
 * the counters, the rows per second since the start (to the finish when done), the share done and the time left.
 * The share and the time left need the number of data rows in the file: it is counted once after the upload by
 * {@link ImportRowCount} (reading only, several times faster than the import that validates and stores each row) and
 * kept in {@code rows_expected}; until it is known, both are left out. An estimate from the bytes the reader has
 * consumed would need a hook in the import's read loop; counting rows keeps the import untouched and is exact.
 */
record Progress(long listId, ImportStatus status, String refusal, long read, long accepted, long rejected,
        long corrected, Long expected, Double rate, Duration left) {

    static Progress of(ImportListingStore.ListRow l, Instant now) {
        Double rate = null;
        if (l.startedAt() != null && l.read() > 0) {
            Instant end = l.finishedAt() != null ? l.finishedAt() : now;
            double seconds = Math.max(1, Duration.between(l.startedAt(), end).toMillis()) / 1000.0;
            rate = l.read() / seconds;
        }
        Duration left = null;
        if (l.status() == ImportStatus.RUNNING && rate != null && l.expected() != null) {
            left = Duration.ofSeconds((long) Math.ceil(Math.max(0, l.expected() - l.read()) / rate));
        }
        return new Progress(l.id(), l.status(), l.refusal(), l.read(), l.accepted(), l.rejected(), l.corrected(),
                l.expected(), rate, left);
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    /** 0..100, or -1 while the file's rows are not counted yet. */
    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        if (expected == null || expected <= 0) {
            return -1;
        }
        return (int) Math.min(100, read * 100 / expected);
    }

    /** Rows per second, whole. */
    public long rowsPerSecond() {
        return rate == null ? 0 : Math.round(rate);
    }

    public long minutesLeft() {
        return left == null ? 0 : left.toMinutes();
    }

    public long secondsLeft() {
        return left == null ? 0 : left.toSecondsPart();
    }
}
