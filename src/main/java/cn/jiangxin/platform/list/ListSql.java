package cn.jiangxin.platform.list;

import java.util.Map;

/**
 * Clause text for a Store's list queries; the Store keeps its SQL. The ORDER BY comes from the {@link ListSpec} only
 * (the sort key picks one of its expressions, the tie-break keeps pages stable). A page is read through
 * {@link ListPageStore}, which adds the order, the limit and, next to a page shown, the neighbouring row's key; an
 * export streams every row in {@link #orderBy} order. Works on H2 and PostgreSQL alike.
 *
 * <pre>{@code
 * SqlWhere where = new SqlWhere().and("actor = :actor", "actor", query.text("actor")).like(query.search(), "detail");
 * long total = ListPageStore.count(jdbc, "FROM audit_entry" + where.sql(), where.params());
 * PageOf<AuditRecord> page = ListPageStore.page(jdbc, query, total, "SELECT id, actor, detail", " FROM audit_entry",
 *         where, this::map);
 * Stream<AuditRecord> all = jdbc.sql("SELECT id, actor, detail FROM audit_entry" + where.sql() + ListSql.orderBy(query))
 *         .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(this::map).stream();
 * }</pre>
 */
public final class ListSql {

    /** Append after the ORDER BY; bind {@link #pageParams}. */
    public static final String PAGE = " LIMIT :listLimit OFFSET :listOffset";

    /** Rows a Store asks the database for at a time when it streams a whole list (an export). */
    public static final int FETCH_SIZE = 500;

    private ListSql() {
    }

    /** {@code SELECT COUNT(*) FROM ...} for the same FROM and WHERE as the page. */
    public static String count(String fromAndWhere) {
        if (!fromAndWhere.strip().regionMatches(true, 0, "FROM ", 0, 5)) {
            throw new IllegalArgumentException("count needs the FROM clause: " + fromAndWhere);
        }
        return "SELECT COUNT(*) " + fromAndWhere.strip();
    }

    /** {@code ORDER BY <the sort key's expression> ASC|DESC, <tie-break> ASC|DESC}. */
    public static String orderBy(ListQuery query) {
        return orderBy(query, false);
    }

    /** The query's order, or its exact reverse (a page read from the end of the list, {@link ListPageStore}). */
    static String orderBy(ListQuery query, boolean reversed) {
        String direction = query.descending() != reversed ? " DESC" : " ASC";
        String tiebreak = query.spec().tiebreak() + direction;
        String sort = query.sortSql();
        return sort == null || sort.equals(query.spec().tiebreak()) ? " ORDER BY " + tiebreak
                : " ORDER BY " + sort + direction + ", " + tiebreak;
    }

    public static Map<String, Object> pageParams(ListQuery query) {
        return Map.of("listLimit", query.size(), "listOffset", query.offset());
    }
}
