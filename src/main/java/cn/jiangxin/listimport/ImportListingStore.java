package cn.jiangxin.listimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the staff pages read of imported lists (the lists, a list's progress, its rejected rows and corrections), and
 * the little the pages and the job write beside the import itself: the row count for the time left, the run's
 * unexpected failures, and when the rejected rows were downloaded. Never the rows or entries an import writes.
 */
@Repository
class ImportListingStore {

    private static final String LIST = """
            SELECT l.id, l.source, l.kind, l.file_name, l.file_size, l.status, l.refusal, l.rows_read, l.rows_accepted,
                l.rows_rejected, l.rows_corrected, l.rows_expected, l.started_at, l.finished_at, l.uploaded_by,
                l.uploaded_at, l.rejected_reviewed_at""";
    private static final String FROM = " FROM import_list l";
    private static final String UNREVIEWED = "l.status = 'DONE' AND l.rows_rejected > 0"
            + " AND l.rejected_reviewed_at IS NULL";

    private final JdbcClient jdbc;

    ImportListingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A list as the pages show it. */
    record ListRow(long id, String source, ImportKind kind, String fileName, long fileSize, ImportStatus status,
            String refusal, long read, long accepted, long rejected, long corrected, Long expected, Instant startedAt,
            Instant finishedAt, long uploadedBy, Instant uploadedAt, Instant rejectedReviewedAt) {
    }

    /** A rejected row: its number in the file, its reasons (one a line) and its cells as read. */
    record RejectedRow(long rowNo, List<String> reasons, List<String> cells) {
    }

    /** An entry a row of this list changed: the values before and after. */
    record Correction(long rowNo, String oldName, String newName, String oldUnit, String newUnit, String oldPlace,
            String newPlace, String oldDate, String newDate, String oldTeam, String newTeam, long oldListId) {
    }

    Optional<ListRow> find(long id) {
        return jdbc.sql(LIST + FROM + " WHERE l.id = :id").param("id", id).query(ImportListingStore::row).optional();
    }

    boolean anyFrom(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM import_list WHERE source = :source").param("source", source)
                .query(Long.class).single() > 0;
    }

    PageOf<ListRow> page(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.page(jdbc, query, count(query), LIST, FROM, where, ImportListingStore::row);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, FROM.strip() + where.sql(), where.params());
    }

    Stream<ListRow> all(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql(LIST + FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(ImportListingStore::row).stream();
    }

    private static SqlWhere where(ListQuery query) {
        SqlWhere where = new SqlWhere().like(query.search(), "l.source", "l.file_name")
                .and("l.kind = :kind", "kind", query.text("kind"))
                .and("l.status = :status", "status", query.text("status"))
                .withinDays("l.uploaded_at", query.date("from"), query.date("to"));
        if ("unreviewed".equals(query.text("rejected"))) {
            where.and(UNREVIEWED);
        }
        return where;
    }

    PageOf<RejectedRow> rejected(long listId, ListQuery query) {
        SqlWhere where = rejectedOf(listId);
        long total = ListPageStore.count(jdbc, "FROM import_row r" + where.sql(), where.params());
        return ListPageStore.page(jdbc, query, total, "SELECT r.row_no, r.reasons, r.cells", " FROM import_row r",
                where, ImportListingStore::rejectedRow);
    }

    Stream<RejectedRow> allRejected(long listId) {
        SqlWhere where = rejectedOf(listId);
        return jdbc.sql("SELECT r.row_no, r.reasons, r.cells FROM import_row r" + where.sql() + " ORDER BY r.row_no")
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(ImportListingStore::rejectedRow)
                .stream();
    }

    private static SqlWhere rejectedOf(long listId) {
        return new SqlWhere().and("r.list_id = :list").bind("list", listId).and("r.outcome = 'REJECTED'");
    }

    /**
     * The corrections a list made, in row order: each entry's values before (kept in import_correction) and after
     * (those of the next correction of the same entry, if a later list changed it again, else the entry's own).
     */
    List<Correction> corrections(long listId, int limit) {
        return jdbc.sql("""
                SELECT c.row_no, c.old_list_id, c.old_name, c.old_unit_name, c.old_place, c.old_achieved_on,
                    c.old_team_or_individual,
                    CASE WHEN n.id IS NULL THEN e.name ELSE n.old_name END AS new_name,
                    CASE WHEN n.id IS NULL THEN e.unit_name ELSE n.old_unit_name END AS new_unit,
                    CASE WHEN n.id IS NULL THEN e.place ELSE n.old_place END AS new_place,
                    CASE WHEN n.id IS NULL THEN e.achieved_on ELSE n.old_achieved_on END AS new_date,
                    CASE WHEN n.id IS NULL THEN e.team_or_individual ELSE n.old_team_or_individual END AS new_team
                FROM import_correction c
                JOIN import_entry e ON e.id = c.entry_id
                LEFT JOIN import_correction n ON n.entry_id = c.entry_id AND n.old_list_id = c.list_id
                    AND n.old_row_no = c.row_no
                WHERE c.list_id = :list ORDER BY c.row_no LIMIT :limit""")
                .param("list", listId).param("limit", limit)
                .query((rs, n) -> new Correction(rs.getLong("row_no"), rs.getString("old_name"),
                        rs.getString("new_name"), rs.getString("old_unit_name"), rs.getString("new_unit"),
                        rs.getString("old_place"), rs.getString("new_place"), rs.getString("old_achieved_on"),
                        rs.getString("new_date"), rs.getString("old_team_or_individual"), rs.getString("new_team"),
                        rs.getLong("old_list_id")))
                .list();
    }

    /** Keeps the number of data rows counted in a list's file (once). */
    void expect(long listId, long rows) {
        jdbc.sql("UPDATE import_list SET rows_expected = :rows WHERE id = :id AND rows_expected IS NULL")
                .param("id", listId).param("rows", rows).update();
    }

    /** Staff downloaded the list's rejected rows: the to-do about them is done. */
    void rejectedReviewed(long listId, Instant now) {
        jdbc.sql("UPDATE import_list SET rejected_reviewed_at = :now WHERE id = :id AND rejected_reviewed_at IS NULL")
                .param("id", listId).param("now", DbTime.toDb(now)).update();
    }

    /**
     * Counts one unexpected failure of {@code node}'s run of a list; a failure at a later checkpoint than the last
     * starts the count again (the run got on). Gives the count and the checkpoint it failed at, if the node still held
     * the list.
     */
    Optional<Failures> failedOnce(long listId, String node) {
        int changed = jdbc.sql("""
                UPDATE import_list SET run_failures = CASE WHEN run_failed_at_row = checkpoint_row
                        THEN run_failures + 1 ELSE 1 END,
                    run_failed_at_row = checkpoint_row
                WHERE id = :id AND status = 'RUNNING' AND claimed_by = :node""")
                .param("id", listId).param("node", node).update();
        if (changed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT run_failures, checkpoint_row FROM import_list WHERE id = :id").param("id", listId)
                .query((rs, n) -> new Failures(rs.getInt("run_failures"), rs.getLong("checkpoint_row"))).optional();
    }

    /** How often a run failed in a row at the same checkpoint (the last data row done). */
    record Failures(int count, long checkpoint) {
    }

    /** Gives up a list whose run kept failing: FAILED with the reason, if {@code node} still holds it. */
    boolean giveUp(long listId, String node, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE import_list SET status = 'FAILED', refusal = :reason, finished_at = :now, claimed_by = NULL,
                    lease_until = NULL
                WHERE id = :id AND status = 'RUNNING' AND claimed_by = :node""")
                .param("id", listId).param("node", node).param("reason", reason).param("now", DbTime.toDb(now))
                .update() == 1;
    }

    private static RejectedRow rejectedRow(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString("reasons");
        return new RejectedRow(rs.getLong("row_no"), reasons == null ? List.of() : List.of(reasons.split("\n")),
                ListImportStore.cells(rs.getString("cells")));
    }

    private static ListRow row(ResultSet rs, int n) throws SQLException {
        return new ListRow(rs.getLong("id"), rs.getString("source"), ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getLong("file_size"), ImportStatus.valueOf(rs.getString("status")),
                rs.getString("refusal"), rs.getLong("rows_read"), rs.getLong("rows_accepted"),
                rs.getLong("rows_rejected"), rs.getLong("rows_corrected"), (Long) rs.getObject("rows_expected", Long.class),
                DbTime.instant(rs, "started_at"), DbTime.instant(rs, "finished_at"), rs.getLong("uploaded_by"),
                DbTime.instant(rs, "uploaded_at"), DbTime.instant(rs, "rejected_reviewed_at"));
    }
}
