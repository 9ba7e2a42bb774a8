package cn.jiangxin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the audit log: its entries and the head of their hash chain. */
@Repository
class AuditStore {

    private static final String RECORD = "SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail";
    private static final String FROM = " FROM audit_entry";

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last entry's id and hash. */
    record Head(long lastId, String lastHash) {
    }

    /** An entry as the chain links it. */
    record ChainedEntry(long id, Instant at, AuditEvent event, String prevHash, String hash) {
    }

    /** The head, locked until the transaction ends, so that entries are appended one after the other. */
    Head lockHead() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    String headHash() {
        return jdbc.sql("SELECT last_hash FROM audit_head WHERE singleton = 1").query(String.class).single();
    }

    /** Inserts the entry and makes it the head. */
    void append(ChainedEntry entry) {
        AuditEvent event = entry.event();
        jdbc.sql("""
                INSERT INTO audit_entry (id, recorded_at, actor, action, object_type, object_id, outcome, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), DbTime.toDb(entry.at()), event.actor(), event.action(),
                        event.objectType(), event.objectId(), event.outcome().name(), event.detail(), entry.prevHash(),
                        entry.hash())
                .update();
        jdbc.sql("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1")
                .params(entry.id(), entry.hash()).update();
    }

    /** Every entry by id; the caller closes the stream. */
    Stream<ChainedEntry> allInOrder() {
        return jdbc.sql("""
                SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail, prev_hash, hash
                FROM audit_entry ORDER BY id""").query((rs, n) -> new ChainedEntry(rs.getLong(1),
                DbTime.instant(rs, 2),
                new AuditEvent(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        AuditEvent.Outcome.valueOf(rs.getString(7)), rs.getString(8)), rs.getString(9), rs.getString(10)))
                .stream();
    }

    /** The latest entries, newest first; a blank filter matches all. */
    List<AuditRecord> latest(String actor, String objectType, String objectId, int limit) {
        return jdbc.sql("""
                SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail FROM audit_entry
                WHERE (:actor = '' OR actor = :actor) AND (:type = '' OR object_type = :type)
                  AND (:oid = '' OR object_id = :oid)
                ORDER BY id DESC LIMIT :limit""")
                .param("actor", actor)
                .param("type", objectType)
                .param("oid", objectId)
                .param("limit", limit)
                .query(AuditStore::record)
                .list();
    }

    /** One page of the log as {@link AuditListing#SPEC} filters and sorts it. */
    PageOf<AuditRecord> page(ListQuery query) {
        SqlWhere where = where(query);
        long total = count(query);
        return ListPageStore.page(jdbc, query, total, RECORD, FROM, where, AuditStore::record);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    /** Every entry the query filters, in its order, every page; the caller closes the stream. */
    Stream<AuditRecord> all(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql(RECORD + FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(AuditStore::record).stream();
    }

    /**
     * The actions the log holds, for the action filter's choices: each the next one after the last in the action index
     * (a few dozen index look-ups), where SELECT DISTINCT read every entry (bench/README.md).
     */
    List<String> actions() {
        return jdbc.sql("""
                WITH RECURSIVE a (action) AS (
                    SELECT MIN(action) FROM audit_entry
                    UNION ALL
                    SELECT (SELECT MIN(e.action) FROM audit_entry e WHERE e.action > a.action) FROM a
                    WHERE a.action IS NOT NULL)
                SELECT action FROM a WHERE action IS NOT NULL ORDER BY action""").query(String.class).list();
    }

    private static SqlWhere where(ListQuery query) {
        return new SqlWhere()
                .and("actor = :actor", "actor", query.text("actor"))
                .and("action = :action", "action", query.text("action"))
                .and("outcome = :outcome", "outcome", query.text("outcome"))
                .and("object_type = :objectType", "objectType", query.text("objectType"))
                .and("object_id = :objectId", "objectId", query.text("objectId"))
                .like(query.search(), "actor", "action", "object_type", "object_id", "detail")
                .withinDays("recorded_at", query.date("from"), query.date("to"));
    }

    private static AuditRecord record(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(rs.getLong(1), DbTime.instant(rs, 2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
