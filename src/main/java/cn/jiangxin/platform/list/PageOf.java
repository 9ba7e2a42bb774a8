package cn.jiangxin.platform.list;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One page of a list: its rows, how many rows the whole filtered list has, and the query that asked for it, with
 * the links a page shows ({@code fragments/list.html}): each keeps the search, the filters and the sort.
 *
 * @param total rows of the whole filtered list, not of this page
 */
public record PageOf<T>(List<T> rows, long total, ListQuery query, long firstRowId, long lastRowId) {

    /** Page numbers shown on each side of the current one. */
    private static final int AROUND = 2;

    public PageOf {
        rows = List.copyOf(rows);
        Objects.requireNonNull(query, "query");
        if (total < 0 || rows.size() > query.size()) {
            throw new IllegalArgumentException(rows.size() + " rows of " + total + " on a page of " + query.size());
        }
    }

    /** A page whose rows' tie-break ids are not known: its links page by number only. */
    public PageOf(List<T> rows, long total, ListQuery query) {
        this(rows, total, query, 0, 0);
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(rows.stream().map(mapper).toList(), total, query, firstRowId, lastRowId);
    }

    /** The same page with other rows of the same ids (a Store that adds to each row). */
    public <R> PageOf<R> withRows(List<R> sameRows) {
        if (sameRows.size() != rows.size()) {
            throw new IllegalArgumentException(sameRows.size() + " rows for a page of " + rows.size());
        }
        return new PageOf<>(sameRows, total, query, firstRowId, lastRowId);
    }

    public int page() {
        return query.page();
    }

    public int size() {
        return query.size();
    }

    /** At least 1, so that an empty list still has its (empty) first page. */
    public int pageCount() {
        return (int) Math.max(1, Math.min(ListQuery.MAX_PAGE, (total + query.size() - 1) / query.size()));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean hasPrevious() {
        return page() > 1;
    }

    public boolean hasNext() {
        return page() < pageCount();
    }

    /** The numbers the pager links: the current page and up to {@value #AROUND} on each side. */
    public List<Integer> nearbyPages() {
        int last = pageCount();
        int from = Math.max(1, Math.min(page(), last) - AROUND);
        int to = Math.min(last, Math.max(page(), 1) + AROUND);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /**
     * The link to page {@code number}: a page near this one names this page's last row (a later page) or first row (an
     * earlier page), so that it is read from that row's sort key ({@link ListPageStore}); the first and the last page
     * need no row.
     */
    public String pageLink(int number) {
        int target = Math.max(1, Math.min(number, ListQuery.MAX_PAGE));
        long anchorRow = target > page() ? lastRowId : firstRowId;
        if (target == 1 || target >= pageCount() || target == page() || anchorRow < 1 || !query.seekable()) {
            return query.withPage(target).href();
        }
        ListQuery.Seek seek = new ListQuery.Seek(target > page(), page(), anchorRow);
        return seek.leadsTo(target) ? query.withPage(target, seek).href() : query.withPage(target).href();
    }

    public String sizeLink(int newSize) {
        return query.withSize(newSize).href();
    }

    public List<Integer> sizes() {
        return ListSpec.SIZES;
    }

    /** The link of a column header: sorts by {@code key}, the other way when already sorted by it. */
    public String sortLink(String key) {
        return query.sortedToggled(key).href();
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
    public String ariaSort(String key) {
        return !query.sortedBy(key) ? "none" : query.descending() ? "descending" : "ascending";
    }

    public String exportLink() {
        return query.exportHref();
    }

    /** 1-based number of the first row of this page, for "第 21–40 条". */
    public long firstRow() {
        return rows.isEmpty() ? 0 : query.offset() + 1;
    }

    public long lastRow() {
        return query.offset() + rows.size();
    }
}
