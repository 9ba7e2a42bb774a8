package cn.jiangxin.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for budget allocations; each is the record of its ledger entry, reversed when a reversal of it exists. */
@Repository
class AllocationStore {

    private static final String COLUMNS = """
            a.id, a.entry_id, a.amount_fen, a.reference, a.allocated_on, a.recorded_by, a.recorded_at,
            (SELECT COUNT(*) FROM ledger_entry r WHERE r.reverses_entry_id = a.entry_id) AS reversals""";

    private final JdbcClient jdbc;

    AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long entryId, NewAllocation a, String requestKey, String recordedBy, Instant now) {
        jdbc.sql("""
                INSERT INTO budget_allocation (entry_id, amount_fen, reference, allocated_on, request_key, recorded_by,
                                               recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(entryId, a.amountFen(), a.reference(), a.allocatedOn(), requestKey, recordedBy,
                        DbTime.toDb(now)).update();
    }

    /** The latest 500, newest first. */
    List<Allocation> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM budget_allocation a ORDER BY a.id DESC LIMIT 500")
                .query(AllocationStore::map).list();
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
                rs.getLong("reversals") > 0);
    }
}
