package cn.jiangxin.platform.list;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one paged list accepts from its address: its path (the export is the path plus {@code .xlsx}), the sort keys
 * with the SQL expression each stands for (the only SQL a sort ever adds: user text never becomes SQL), the default
 * sort, the tie-breaking expression that keeps pages stable, whether it has a search box, and its named filters.
 * Declared once per list as a constant; {@link ListQuery#parse} reads a request against it.
 *
 * <pre>{@code
 * static final ListSpec SPEC = ListSpec.of("/admin/audit", "id")
 *         .sort("at", "recorded_at").sort("actor", "actor").defaultSort("at", true)
 *         .withSearch().choice("outcome", "SUCCESS", "DENIED").date("from").date("to");
 * }</pre>
 */
public record ListSpec(String path, String tiebreak, Map<String, String> sorts, String defaultSort,
        boolean defaultDescending, boolean searchable, Map<String, ListFilter> filters, Set<String> seekable) {

    /** Page sizes a list offers; the first is the default. */
    public static final List<Integer> SIZES = List.of(20, 50, 100);

    /** Parameters the block itself reads; a filter may not take one of these names. */
    static final List<String> OWN_PARAMETERS = List.of(ListQuery.SEARCH, ListQuery.PAGE, ListQuery.SIZE,
            ListQuery.SORT, ListQuery.DIRECTION, ListQuery.AFTER, ListQuery.BEFORE);

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,30}");
    private static final Pattern SQL_EXPRESSION = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.]*( COLLATE \"?\\w+\"?)?");

    public ListSpec {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("a list's path starts and does not end with /: " + path);
        }
        requireSqlName(tiebreak);
        sorts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorts));
        sorts.forEach((key, sql) -> {
            requireName(key);
            requireSqlName(sql);
        });
        if (defaultSort != null && !sorts.containsKey(defaultSort)) {
            throw new IllegalArgumentException("the default sort is not a sort key: " + defaultSort);
        }
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        filters.forEach((name, filter) -> {
            if (!name.equals(filter.name()) || OWN_PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("filter name not usable: " + name);
            }
        });
        seekable = Set.copyOf(seekable);
        if (!sorts.keySet().containsAll(seekable)) {
            throw new IllegalArgumentException("seekable keys that are not sort keys: " + seekable);
        }
    }

    /** A list at {@code path}, ordered by {@code tiebreak} (a unique column such as {@code id}) until told more. */
    public static ListSpec of(String path, String tiebreak) {
        return new ListSpec(path, tiebreak, Map.of(), null, false, false, Map.of(), Set.of());
    }

    /** Adds a sort key and the column (or column expression without user text) it orders by. */
    public ListSpec sort(String key, String sqlExpression) {
        Map<String, String> more = new LinkedHashMap<>(sorts);
        more.put(key, sqlExpression);
        return new ListSpec(path, tiebreak, more, defaultSort == null ? key : defaultSort, defaultDescending,
                searchable, filters, seekable);
    }

    public ListSpec defaultSort(String key, boolean descending) {
        return new ListSpec(path, tiebreak, sorts, key, descending, searchable, filters, seekable);
    }

    /** The list has a search box ({@code q}). */
    public ListSpec withSearch() {
        return new ListSpec(path, tiebreak, sorts, defaultSort, defaultDescending, true, filters, seekable);
    }

    /**
     * Sort keys whose expression is never NULL in this list (a NOT NULL column, or one the list's own condition keeps
     * non-null): a page next to one already shown is then read from the neighbouring row's sort key and id, at the
     * same cost whatever its number (keyset paging, {@link ListPageStore}). Other keys page by OFFSET, which is
     * always right but grows with the page number. The tie-break needs no declaration.
     */
    public ListSpec seekable(String... keys) {
        Set<String> more = new java.util.HashSet<>(seekable);
        more.addAll(List.of(keys));
        return new ListSpec(path, tiebreak, sorts, defaultSort, defaultDescending, searchable, filters, more);
    }

    /** A free-text filter, matched as the store decides. */
    public ListSpec text(String name) {
        return with(new ListFilter(name, ListFilter.Kind.TEXT, List.of()));
    }

    /** A filter that takes one of {@code choices} (e.g. states). */
    public ListSpec choice(String name, String... choices) {
        return with(new ListFilter(name, ListFilter.Kind.CHOICE, List.of(choices)));
    }

    /** A date filter in the form 2026-05-01. */
    public ListSpec date(String name) {
        return with(new ListFilter(name, ListFilter.Kind.DATE, List.of()));
    }

    /** A filter naming a positive id (a unit ...). */
    public ListSpec id(String name) {
        return with(new ListFilter(name, ListFilter.Kind.ID, List.of()));
    }

    /** The ORDER BY expression of a sort key of this spec. */
    String sortSql(String key) {
        String sql = sorts.get(key);
        if (sql == null) {
            throw new IllegalArgumentException("no sort key " + key);
        }
        return sql;
    }

    private ListSpec with(ListFilter filter) {
        Map<String, ListFilter> more = new LinkedHashMap<>(filters);
        if (more.put(filter.name(), filter) != null) {
            throw new IllegalArgumentException("filter declared twice: " + filter.name());
        }
        return new ListSpec(path, tiebreak, sorts, defaultSort, defaultDescending, searchable, more, seekable);
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a parameter name: " + name);
        }
    }

    private static void requireSqlName(String sql) {
        if (sql == null || !SQL_EXPRESSION.matcher(sql).matches()) {
            throw new IllegalArgumentException("not a plain column expression: " + sql);
        }
    }
}
