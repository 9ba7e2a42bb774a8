package cn.jiangxin.listimport;

import java.time.Instant;

/** A list as stored: what was uploaded, where its import stands (the checkpoint is the last data row done). */
record ImportedList(long id, String source, ImportKind kind, String fileName, long fileSize, String storedAs,
        String format, ImportStatus status, String refusal, long rowsRead, long rowsAccepted, long rowsRejected,
        long rowsCorrected, long checkpointRow, String claimedBy, Instant leaseUntil, Instant startedAt,
        Instant finishedAt) {
}
