package cn.jiangxin.platform.tabular;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open list: its header row, then its data rows one at a time (blank rows skipped). Every failure to read is a
 * {@link TabularRefused} with words; close it when done (it holds the file).
 */
public interface TabularSource extends AutoCloseable {

    /** The first non-blank row, as read (see {@link ColumnMapping#guess(List)}). */
    List<String> header();

    /** The next data row, or empty at the end. */
    Optional<TabularRow> next();

    /** What was read, for the person who uploaded it, e.g. "CSV（GB18030编码，逗号分隔）" or "Excel工作表“Sheet1”". */
    String description();

    @Override
    void close();

    /** The remaining rows as a sequential stream (lazy: one row at a time). */
    default Stream<TabularRow> rows() {
        Iterator<TabularRow> iterator = new Iterator<>() {
            private TabularRow ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    ahead = TabularSource.this.next().orElse(null);
                }
                return ahead != null;
            }

            @Override
            public TabularRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TabularRow row = ahead;
                ahead = null;
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
