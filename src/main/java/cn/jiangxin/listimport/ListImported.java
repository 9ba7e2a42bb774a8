package cn.jiangxin.listimport;

import java.time.Instant;

/**
 * A list's import has run to its end: its accepted rows are entries ({@link ImportedEntries#forEachOf}) to be matched
 * to the registry. Published once per list, in the transaction that marks it done.
 */
public record ListImported(long listId, String source, ImportKind kind, Instant finishedAt) {

    public ListImported {
        if (listId <= 0 || source == null || source.isBlank() || kind == null || finishedAt == null) {
            throw new IllegalArgumentException("a finished import names its list, source, kind and moment");
        }
    }
}
