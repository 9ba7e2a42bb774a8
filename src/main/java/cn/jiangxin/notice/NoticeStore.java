package cn.jiangxin.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Explicit SQL for notice batches and the cases they list. */
@Repository
class NoticeStore {

    private static final String SUMMARY_COLUMNS = """
            SELECT id, title, working_days, first_day, last_day, published_at,
                   (SELECT COUNT(*) FROM notice_case c WHERE c.batch_id = notice_batch.id) AS cases""";
    private static final String FROM = " FROM notice_batch";
    private static final String SUMMARY = SUMMARY_COLUMNS + FROM;
    private static final String BATCH = """
            SELECT id, title, policy_version, working_days, first_day, last_day, published_at FROM notice_batch""";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertBatch(String title, String policyVersion, NoticePeriod period, long publishedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice_batch (title, policy_version, working_days, first_day, last_day, published_by,
                  published_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(title, policyVersion, period.workingDays(), period.firstDay(), period.lastDay(), publishedBy,
                        DbTime.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** False when the case is already listed in a notice. */
    boolean insertCase(long batchId, int position, NoticeBatch.Entry e) {
        return jdbc.sql("""
                INSERT INTO notice_case (batch_id, nomination_id, position, person_name, sex, unit_name, occupation,
                  criterion) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(batchId, e.nominationId(), position, e.personName(), e.sex(), e.unitName(), e.occupation(),
                        e.criterion()).update() == 1;
    }

    /** One page of notices as {@link NoticeListing} filters and sorts them; {@code today} tells open from ended. */
    PageOf<NoticeSummary> page(ListQuery query, LocalDate today, boolean endedOnly) {
        SqlWhere where = where(query, today, endedOnly);
        return ListPageStore.page(jdbc, query, count(query, today, endedOnly), SUMMARY_COLUMNS, FROM, where,
                NoticeStore::summary);
    }

    long count(ListQuery query, LocalDate today, boolean endedOnly) {
        SqlWhere where = where(query, today, endedOnly);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    /** Every notice the query filters, in its order; the caller closes the stream. */
    Stream<NoticeSummary> all(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today, false);
        return jdbc.sql(SUMMARY + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(NoticeStore::summary).stream();
    }

    /** Notices running on {@code today}, latest first: a handful at a time, so not paged. */
    List<NoticeSummary> running(LocalDate today) {
        return jdbc.sql(SUMMARY + " WHERE first_day <= ? AND last_day >= ? ORDER BY first_day DESC, id DESC")
                .params(today, today).query(NoticeStore::summary).list();
    }

    /**
     * The filters a spec has: {@code state} open (not over on {@code today}) or ended, the period overlapping the
     * days {@code from} … {@code to}, and the search in the title. {@code endedOnly} keeps ended notices only.
     */
    private static SqlWhere where(ListQuery query, LocalDate today, boolean endedOnly) {
        SqlWhere where = new SqlWhere().like(query.search(), "title")
                .and("last_day >= :from", "from", optional(query, "from").map(LocalDate::parse))
                .and("first_day <= :to", "to", optional(query, "to").map(LocalDate::parse));
        String state = endedOnly ? "ended" : optional(query, "state").orElse("");
        if (!state.isEmpty()) {
            where.and("open".equals(state) ? "last_day >= :today" : "last_day < :today").bind("today", today);
        }
        return where;
    }

    private static Optional<String> optional(ListQuery query, String filter) {
        return query.spec().filters().containsKey(filter) ? query.filter(filter) : Optional.empty();
    }

    Optional<NoticeBatch> batch(long id) {
        List<NoticeBatch.Entry> entries = jdbc.sql("""
                SELECT batch_id, nomination_id, person_name, sex, unit_name, occupation, criterion FROM notice_case
                WHERE batch_id = ?
                ORDER BY position""").param(id).query((rs, n) -> entry(rs)).list();
        return jdbc.sql(BATCH + " WHERE id = ?").param(id).query((rs, n) -> batch(rs, entries)).optional();
    }

    /** The batch that lists the case, if it has been put on notice. */
    Optional<NoticeBatch> batchOf(long nominationId) {
        return jdbc.sql("SELECT batch_id FROM notice_case WHERE nomination_id = ?").param(nominationId)
                .query(Long.class).optional().flatMap(this::batch);
    }

    /** The notice period of the case, if it has been put on notice. */
    Optional<NoticePeriod> periodOf(long nominationId) {
        return jdbc.sql("""
                SELECT b.first_day, b.last_day, b.working_days FROM notice_batch b
                JOIN notice_case c ON c.batch_id = b.id WHERE c.nomination_id = ?""").param(nominationId)
                .query((rs, n) -> new NoticePeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getInt(3))).optional();
    }

    private static NoticeBatch.Entry entry(ResultSet rs) throws SQLException {
        return new NoticeBatch.Entry(rs.getLong("nomination_id"), rs.getString("person_name"), rs.getString("sex"),
                rs.getString("unit_name"), rs.getString("occupation"), rs.getString("criterion"));
    }

    private static NoticeSummary summary(ResultSet rs, int n) throws SQLException {
        return new NoticeSummary(rs.getLong("id"), rs.getString("title"), period(rs),
                DbTime.instant(rs, "published_at"), rs.getInt("cases"));
    }

    private static NoticePeriod period(ResultSet rs) throws SQLException {
        return new NoticePeriod(rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getInt("working_days"));
    }

    private static NoticeBatch batch(ResultSet rs, List<NoticeBatch.Entry> entries) throws SQLException {
        return new NoticeBatch(rs.getLong("id"), rs.getString("title"), rs.getString("policy_version"), period(rs),
                DbTime.instant(rs, "published_at"), entries);
    }
}
