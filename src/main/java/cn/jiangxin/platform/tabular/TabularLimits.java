package cn.jiangxin.platform.tabular;

/**
 * What a reader accepts before it refuses a file ({@link TabularRefused}) or a row ({@link TabularRow#faults()}).
 *
 * @param maxBytes          size of the uploaded file
 * @param maxRows           data rows (blank rows not counted)
 * @param maxColumns        columns with a value; empty cells beyond it are skipped, a value beyond it refuses the file
 * @param maxCellLength     characters of one cell; a longer cell rejects its row, reading goes on
 * @param maxZipEntries     entries of an {@code .xlsx}
 * @param maxInflatedBytes  uncompressed bytes of all entries of an {@code .xlsx} together
 * @param maxInflationRatio uncompressed over compressed bytes of one {@code .xlsx} entry (entries under 1 MB
 *                          uncompressed are not judged: small XML parts compress well by nature)
 */
public record TabularLimits(long maxBytes, long maxRows, int maxColumns, int maxCellLength, int maxZipEntries,
        long maxInflatedBytes, int maxInflationRatio) {

    /** Excel's own cell maximum; no per-use limit may exceed it. */
    public static final int EXCEL_CELL_LENGTH = 32_767;

    public TabularLimits {
        if (maxBytes < 1 || maxRows < 1 || maxColumns < 1 || maxColumns > ZipGuard.EXCEL_COLUMNS || maxCellLength < 1
                || maxCellLength > EXCEL_CELL_LENGTH || maxZipEntries < 1 || maxInflatedBytes < 1
                || maxInflationRatio < 1) {
            throw new IllegalArgumentException("limits out of range");
        }
    }

    /** 200 MB, 2,000,000 rows, 200 columns, 2,000 characters a cell, 1,000 entries, 1 GB inflated, ratio 100. */
    public static TabularLimits defaults() {
        return new TabularLimits(200L << 20, 2_000_000, 200, 2_000, 1_000, 1L << 30, 100);
    }

    public TabularLimits withMaxCellLength(int length) {
        return new TabularLimits(maxBytes, maxRows, maxColumns, length, maxZipEntries, maxInflatedBytes,
                maxInflationRatio);
    }

    public TabularLimits withMaxRows(long rows) {
        return new TabularLimits(maxBytes, rows, maxColumns, maxCellLength, maxZipEntries, maxInflatedBytes,
                maxInflationRatio);
    }

    public TabularLimits withMaxBytes(long bytes) {
        return new TabularLimits(bytes, maxRows, maxColumns, maxCellLength, maxZipEntries, maxInflatedBytes,
                maxInflationRatio);
    }
}
