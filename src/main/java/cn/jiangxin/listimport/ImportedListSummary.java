package cn.jiangxin.listimport;

import java.time.Instant;

/**
 * A list as other modules show it: its source, kind and file name, whether its import is done, and the rows read,
 * accepted (entries) and rejected.
 */
public record ImportedListSummary(long listId, String source, ImportKind kind, String fileName, boolean done,
        long rowsRead, long rowsAccepted, long rowsRejected, Instant finishedAt) {
}
