package cn.jiangxin.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for budget allocations; each is the record of its ledger entry, reversed when a reversal of it exists. */
@Repository
class AllocationStore {

    private static final String FROM = " FROM budget_allocation a";
    private static final String REVERSAL = "(SELECT 1 FROM ledger_entry r WHERE r.reverses_entry_id = a.entry_id)";
    private static final String COLUMNS = """
            a.id, a.entry_id, a.amount_fen, a.reference, a.allocated_on, a.recorded_by, a.recorded_at, a.budget_line,
            (SELECT COUNT(*) FROM ledger_entry r WHERE r.reverses_entry_id = a.entry_id) AS reversals""";

    private final JdbcClient jdbc;

    AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long entryId, NewAllocation a, String requestKey, String recordedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO budget_allocation (entry_id, amount_fen, reference, allocated_on, request_key, recorded_by,
                                               recorded_at, budget_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, a.amountFen(), a.reference(), a.allocatedOn(), requestKey, recordedBy,
                        DbTime.toDb(now), a.line().name()).update();
    }

    /** Every allocation, newest first. */
    List<Allocation> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a ORDER BY a.id DESC")
                .query(AllocationStore::map).list();
    }

    /** One page of the allocations {@code query} filters, as {@link AllocationListing} sorts them. */
    PageOf<Allocation> page(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.page(jdbc, query, count(query), "SELECT " + COLUMNS, FROM, where, AllocationStore::map);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    /** Every allocation the query filters, in its order; the caller closes the stream. */
    Stream<Allocation> all(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql("SELECT " + COLUMNS + FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(AllocationStore::map).stream();
    }

    /** Search: the reference; filters: budget line, reversed or not, allocated from/to (the document's date). */
    private static SqlWhere where(ListQuery query) {
        SqlWhere where = new SqlWhere();
        switch (query.text("reversed")) {
            case "yes" -> where.and("EXISTS " + REVERSAL);
            case "no" -> where.and("NOT EXISTS " + REVERSAL);
            default -> { }
        }
        return where.and("a.budget_line = :line", "line", query.text("line"))
                .and("a.allocated_on >= :from", "from", query.date("from"))
                .and("a.allocated_on <= :to", "to", query.date("to"))
                .like(query.search(), "a.reference");
    }

    Optional<Allocation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a WHERE a.id = ?").param(id)
                .query(AllocationStore::map).optional();
    }

    Optional<Allocation> byEntry(long entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a WHERE a.entry_id = ?").param(entryId)
                .query(AllocationStore::map).optional();
    }

    private static Allocation map(ResultSet rs, int n) throws SQLException {
        return new Allocation(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("amount_fen"),
                rs.getString("reference"), rs.getObject("allocated_on", LocalDate.class),
                rs.getString("recorded_by"), DbTime.instant(rs, "recorded_at"),
                rs.getLong("reversals") > 0, BudgetLine.valueOf(rs.getString("budget_line")));
    }
}
