package cn.jiangxin.platform.list;

import cn.jiangxin.platform.web.BadListRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;


/**
 * One request for a paged list, read from its address against the list's {@link ListSpec}: the search text
 * ({@code q}), the page (1-based, {@code page}), the page size ({@code size}, one of {@link ListSpec#SIZES}), the
 * sort key and direction ({@code sort}, {@code dir=asc|desc}) and the spec's named filters. Anything the list cannot
 * take is refused with a 400 page that says what is wrong; parameters the list does not know (the language switch)
 * are left alone. {@link #href()} gives the address back, shortest form, so links keep every other parameter.
 */
public record ListQuery(ListSpec spec, String search, int page, int size, String sort, boolean descending,
        Map<String, String> filters, Seek seek) {

    static final String SEARCH = "q";
    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String SORT = "sort";
    static final String DIRECTION = "dir";
    static final String AFTER = "after";
    static final String BEFORE = "before";
    static final int MAX_PAGE = 1_000_000;

    public ListQuery {
        Objects.requireNonNull(spec, "spec");
        search = search == null ? "" : search.strip();
        if (page < 1 || page > MAX_PAGE || !ListSpec.SIZES.contains(size)) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
        if (sort != null && !spec.sorts().containsKey(sort)) {
            throw new IllegalArgumentException("no sort key " + sort);
        }
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        if (!spec.filters().keySet().containsAll(filters.keySet())) {
            throw new IllegalArgumentException("filters not in the spec: " + filters.keySet());
        }
        if (seek != null && !seek.leadsTo(page)) {
            throw new IllegalArgumentException(seek + " does not lead to page " + page);
        }
    }

    /** A query without a known neighbouring row (typed, or the first page). */
    public ListQuery(ListSpec spec, String search, int page, int size, String sort, boolean descending,
            Map<String, String> filters) {
        this(spec, search, page, size, sort, descending, filters, null);
    }

    /**
     * A row of a neighbouring page that this page is read from (keyset paging): {@code after} the last row of page
     * {@code anchorPage} (a later page) or {@code before} its first row (an earlier page), the row named by its
     * tie-break id. Read with the row's sort key, the page costs the same whatever its number
     * ({@link ListPageStore}); a pager link carries it, a typed page number does not need it.
     *
     * @param after the page comes after the anchor page, else before it
     */
    public record Seek(boolean after, int anchorPage, long rowId) {

        /** Pages a link may skip past its anchor row (the pager shows two on each side). */
        static final int MAX_GAP = 10;

        public Seek {
            if (anchorPage < 1 || anchorPage > MAX_PAGE || rowId < 1) {
                throw new IllegalArgumentException("anchor page " + anchorPage + ", row " + rowId);
            }
        }

        boolean leadsTo(int page) {
            int gap = after ? page - anchorPage : anchorPage - page;
            return gap >= 1 && gap <= MAX_GAP;
        }

        /** Rows between the anchor row and the page, on the anchor's side of it. */
        long skipped(int page, int size) {
            return (long) ((after ? page - anchorPage : anchorPage - page) - 1) * size;
        }

        String parameter() {
            return after ? AFTER : BEFORE;
        }

        String value() {
            return anchorPage + "-" + rowId;
        }
    }

    /** The first page in the spec's default order, nothing filtered. */
    public static ListQuery first(ListSpec spec) {
        return new ListQuery(spec, "", 1, ListSpec.SIZES.get(0), spec.defaultSort(), spec.defaultDescending(),
                Map.of());
    }

    /**
     * The first page with these filters, in the spec's default order: what a link to a filtered list (a count on the
     * work page) opens, so the link's {@link #href()} and the count made from this query agree.
     */
    public static ListQuery filtered(ListSpec spec, Map<String, String> filters) {
        return new ListQuery(spec, "", 1, ListSpec.SIZES.get(0), spec.defaultSort(), spec.defaultDescending(),
                filters);
    }

    /**
     * Reads the list's parameters from a request's ({@code request.getParameterMap()}).
     *
     * @throws BadListRequest (the 400 page) for a parameter the list cannot take
     */
    public static ListQuery parse(ListSpec spec, Map<String, String[]> parameters) {
        ListQueryReader reader = new ListQueryReader(spec, parameters);
        int page = reader.page();
        return new ListQuery(spec, reader.search(), page, reader.size(), reader.sort(), reader.descending(),
                reader.filters(), reader.seek(page));
    }

    /** Rows skipped before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The filter's value as typed (stripped), or empty when not given. */
    public Optional<String> filter(String name) {
        requireFilter(name);
        return Optional.ofNullable(filters.get(name));
    }

    /** A text or choice filter's value, {@code ""} when not given. */
    public String text(String name) {
        return filter(name).orElse("");
    }

    public Optional<LocalDate> date(String name) {
        return filter(name).map(LocalDate::parse);
    }

    public Optional<Long> id(String name) {
        return filter(name).map(Long::valueOf);
    }

    /** The ORDER BY expression chosen (from the spec, never from the request). */
    String sortSql() {
        return sort == null ? null : spec.sortSql(sort);
    }

    public boolean sortedBy(String key) {
        return key.equals(sort);
    }

    /** Sorted as the spec sorts by default (links and forms then leave the sort out). */
    public boolean defaultSorted() {
        return sort == null || sort.equals(spec.defaultSort()) && descending == spec.defaultDescending();
    }

    public ListQuery withPage(int newPage) {
        return new ListQuery(spec, search, newPage, size, sort, descending, filters);
    }

    /** Page {@code newPage} read from a row of this page (see {@link Seek}). */
    ListQuery withPage(int newPage, Seek from) {
        return new ListQuery(spec, search, newPage, size, sort, descending, filters, from);
    }

    /** Whether pages of this query can be read from a row's sort key (the spec says its sort column holds no NULL). */
    boolean seekable() {
        return sort == null || sort.equals(spec.tiebreak()) || spec.seekable().contains(sort);
    }

    /** Page 1 in the new size. */
    public ListQuery withSize(int newSize) {
        return new ListQuery(spec, search, 1, newSize, sort, descending, filters);
    }

    /** Page 1 sorted by {@code key}: ascending, or descending when already ascending by it. */
    public ListQuery sortedToggled(String key) {
        return new ListQuery(spec, search, 1, size, key, sortedBy(key) && !descending, filters);
    }

    /** The address of this query, e.g. {@code /people?q=%E5%BC%A0&page=2}; defaults are left out. */
    public String href() {
        return address(spec.path(), true);
    }

    /** The Excel export of exactly what this query filters (every page, the same order). */
    public String exportHref() {
        return address(spec.path() + ".xlsx", false);
    }

    /** The filters and search as one line for an audit record, e.g. {@code q=张 unitId=3}. */
    public String describe() {
        Map<String, String> all = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            all.put(SEARCH, search);
        }
        all.putAll(filters);
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private String address(String path, boolean withPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            parameters.put(SEARCH, search);
        }
        parameters.putAll(filters);
        if (!defaultSorted()) {
            parameters.put(SORT, sort);
            parameters.put(DIRECTION, descending ? "desc" : "asc");
        }
        if (withPage && size != ListSpec.SIZES.get(0)) {
            parameters.put(SIZE, String.valueOf(size));
        }
        if (withPage && page != 1) {
            parameters.put(PAGE, String.valueOf(page));
            if (seek != null) {
                parameters.put(seek.parameter(), seek.value());
            }
        }
        return parameters.isEmpty() ? path : path + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void requireFilter(String name) {
        if (!spec.filters().containsKey(name)) {
            throw new IllegalArgumentException("no filter " + name + " in " + spec.path());
        }
    }
}
