package cn.jiangxin.platform.tabular;

import java.util.List;
import java.util.Optional;

/**
 * What the CSV and the xlsx reader share: the header is the first non-blank row, blank rows are skipped, data rows
 * are counted against the row limit.
 */
abstract class LimitedSource implements TabularSource {

    protected final TabularLimits limits;
    private final String description;
    private List<String> header;
    private long dataRows;

    LimitedSource(TabularLimits limits, String description) {
        this.limits = limits;
        this.description = description;
    }

    /** The next row as read, blank or not; null at the end. */
    abstract RowAssembly readRow();

    /** Reads the header; called once by the subclass's constructor, refuses a file without one. */
    final void readHeader(String whatIsEmpty) {
        TabularRow first = nextNonBlank();
        if (first == null) {
            throw new TabularRefused(whatIsEmpty + "是空的，没有表头和数据");
        }
        header = first.cells();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<TabularRow> next() {
        TabularRow row = nextNonBlank();
        if (row == null) {
            return Optional.empty();
        }
        if (++dataRows > limits.maxRows()) {
            throw new TabularRefused("名单超过" + limits.maxRows() + "行，请分成几个文件上传");
        }
        return Optional.of(row);
    }

    @Override
    public String description() {
        return description;
    }

    private TabularRow nextNonBlank() {
        while (true) {
            RowAssembly row = readRow();
            if (row == null) {
                return null;
            }
            if (!row.blank()) {
                return row.row();
            }
        }
    }
}
