package cn.jiangxin.platform.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a page of a list so that its cost does not grow with the page number, and counts lists without recounting
 * a large one on every view (bench/README.md has the figures this was measured with).
 *
 * <p>A page is read in one of three ways, each giving the rows OFFSET would give on an unchanged list:
 * <ul>
 *   <li><b>From a neighbouring row</b> (keyset): a pager link names the last row of the page before it (or the first
 *       row of the page after it, {@link ListQuery.Seek}); the page is the next rows after that row's sort key and id,
 *       which an index on the sort column finds without reading the rows before. Only for sort keys the spec declares
 *       {@link ListSpec#seekable}, since a NULL key has no place in the comparison.</li>
 *   <li><b>From the end</b>: a page nearer the end than the start (the last page above all) is read in the reverse
 *       order, skipping the rows after it, and turned round.</li>
 *   <li><b>From the start</b> with OFFSET: the first pages, and a page number typed into the address.</li>
 * </ul>
 * The SQL is the Store's own (its columns, FROM and WHERE); this adds the order, the seek condition and the limit.
 */
public final class ListPageStore {

    /** A count at least this large is kept for {@link #COUNT_KEPT_SECONDS} instead of being made again per view. */
    static final long LARGE_COUNT = 10_000;
    static final long COUNT_KEPT_SECONDS = 30;
    private static final int COUNTS_KEPT = 1_000;
    private static final String ROW_ID = "list_row_id";
    private static final Map<String, KeptCount> COUNTS = new ConcurrentHashMap<>();

    private ListPageStore() {
    }

    /**
     * The page {@code query} asks for.
     *
     * @param select the Store's {@code SELECT} and columns, without FROM
     * @param from the Store's {@code FROM} with its joins (the sort and tie-break expressions refer to it)
     * @param where the Store's conditions; not changed
     * @param total the count of the whole filtered list ({@link #count})
     */
    public static <T> PageOf<T> page(JdbcClient jdbc, ListQuery query, long total, String select, String from,
            SqlWhere where, RowMapper<T> mapper) {
        Window window = window(jdbc, query, total, from);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.putAll(window.params());
        String conditions = window.condition() == null ? where.sql()
                : where.sql().isEmpty() ? " WHERE " + window.condition() : where.sql() + " AND " + window.condition();
        List<Long> ids = new ArrayList<>();
        List<T> rows = jdbc.sql(select + ", " + query.spec().tiebreak() + " AS " + ROW_ID + " " + from.strip()
                        + conditions + ListSql.orderBy(query, window.backward()) + ListSql.PAGE)
                .params(params)
                .query((rs, n) -> {
                    ids.add(rs.getLong(ROW_ID));
                    return mapper.mapRow(rs, n);
                }).list();
        if (window.backward()) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
            Collections.reverse(ids);
        }
        return new PageOf<>(rows, total, query, ids.isEmpty() ? 0 : ids.get(0),
                ids.isEmpty() ? 0 : ids.get(ids.size() - 1));
    }

    /**
     * {@code SELECT COUNT(*)} of {@code fromAndWhere}: exact while below {@value #LARGE_COUNT}; a larger count (the
     * audit log's million entries cost 200 ms to count) is kept for {@value #COUNT_KEPT_SECONDS} seconds on this node
     * for the same SQL and parameters, so it may be that much behind while rows arrive.
     */
    public static long count(JdbcClient jdbc, String fromAndWhere, Map<String, ?> params) {
        String sql = ListSql.count(fromAndWhere);
        String key = sql + " " + params;
        long now = System.nanoTime();
        KeptCount kept = COUNTS.get(key);
        if (kept != null && now - kept.at() < TimeUnit.SECONDS.toNanos(COUNT_KEPT_SECONDS)) {
            return kept.count();
        }
        // an expired count is made again by the first view that finds it expired; views arriving meanwhile keep the
        // old count instead of all counting at once (a million rows take a few hundred ms to count)
        if (kept != null && !COUNTS.replace(key, kept, new KeptCount(kept.count(), now))) {
            return COUNTS.getOrDefault(key, kept).count();
        }
        long count = jdbc.sql(sql).params(params).query(Long.class).single();
        if (count >= LARGE_COUNT) {
            if (COUNTS.size() >= COUNTS_KEPT) {
                COUNTS.clear();
            }
            COUNTS.put(key, new KeptCount(count, now));
        } else if (kept != null) {
            COUNTS.remove(key);
        }
        return count;
    }

    /** Forgets every kept count (tests that count the same list before and after large changes). */
    static void forgetCounts() {
        COUNTS.clear();
    }

    private static Window window(JdbcClient jdbc, ListQuery query, long total, String from) {
        ListQuery.Seek seek = query.seekable() ? query.seek() : null;
        if (seek != null) {
            Object key = keyOf(jdbc, query, from, seek.rowId());
            if (key != null) {
                String op = seek.after() != query.descending() ? " > " : " < ";
                String sort = query.sortSql();
                String tiebreak = query.spec().tiebreak();
                boolean byTiebreak = sort == null || sort.equals(tiebreak);
                String condition = byTiebreak ? tiebreak + op + ":listSeekId"
                        : "(" + sort + ", " + tiebreak + ")" + op + "(:listSeekKey, :listSeekId)";
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("listSeekId", seek.rowId());
                if (!byTiebreak) {
                    params.put("listSeekKey", key);
                }
                params.put("listLimit", query.size());
                params.put("listOffset", seek.skipped(query.page(), query.size()));
                return new Window(!seek.after(), condition, params);
            }
        }
        long before = query.offset();
        long after = total - before - query.size();
        if (before > 0 && before < total && after < before) {
            return new Window(true, null, Map.of("listLimit", (int) Math.min(query.size(), total - before),
                    "listOffset", Math.max(0, after)));
        }
        return new Window(false, null, ListSql.pageParams(query));
    }

    /** The sort key of the row with this tie-break id, or null when the row is gone (then the page uses OFFSET). */
    private static Object keyOf(JdbcClient jdbc, ListQuery query, String from, long rowId) {
        String sort = query.sortSql();
        String tiebreak = query.spec().tiebreak();
        if (sort == null || sort.equals(tiebreak)) {
            return rowId;
        }
        return jdbc.sql("SELECT " + sort + " " + from.strip() + " WHERE " + tiebreak + " = :listSeekId")
                .param("listSeekId", rowId).query((rs, n) -> rs.getObject(1)).optional().orElse(null);
    }

    private record Window(boolean backward, String condition, Map<String, Object> params) {
    }

    private record KeptCount(long count, long at) {
    }
}
