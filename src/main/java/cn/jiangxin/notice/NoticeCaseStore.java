package cn.jiangxin.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.stream.Stream;

import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Explicit SQL for the cases notices list, one row per case, with where each stands: still on notice, notice over
 * and waiting for certification (the case is still IN_PUBLIC_NOTICE after the last day), or closed (the workflow
 * has moved the case on). It reads the case's state from the nomination table, as {@link ObjectionStore} does.
 */
@Repository
class NoticeCaseStore {

    private static final String FROM = " FROM notice_case c JOIN notice_batch b ON b.id = c.batch_id"
            + " JOIN nomination n ON n.id = c.nomination_id";
    /** The state column needs {@code :today}. */
    private static final String COLUMNS = """
            SELECT c.nomination_id, c.person_name, c.unit_name, c.criterion, b.id AS batch_id, b.title,
                   b.first_day, b.last_day, b.working_days,
                   CASE WHEN n.state <> 'IN_PUBLIC_NOTICE' THEN 'closed'
                        WHEN b.last_day < :today THEN 'awaiting' ELSE 'running' END AS notice_state""";
    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;

    NoticeCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<NoticeCaseRow> page(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today).bind("today", today);
        return ListPageStore.page(jdbc, query, count(query, today), COLUMNS, FROM, where, NoticeCaseStore::row);
    }

    long count(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    Stream<NoticeCaseRow> all(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return jdbc.sql(SELECT + where.sql() + ListSql.orderBy(query)).params(where.params()).param("today", today)
                .withFetchSize(ListSql.FETCH_SIZE).query(NoticeCaseStore::row).stream();
    }

    private static SqlWhere where(ListQuery query, LocalDate today) {
        SqlWhere where = new SqlWhere().like(query.search(), "c.person_name", "c.unit_name")
                .and("b.id = :batch", "batch", query.id("batch"));
        switch (query.text("state")) {
            case "running" -> where.and("n.state = 'IN_PUBLIC_NOTICE' AND b.last_day >= :stateDay").bind("stateDay", today);
            case "awaiting" -> where.and("n.state = 'IN_PUBLIC_NOTICE' AND b.last_day < :stateDay").bind("stateDay", today);
            case "closed" -> where.and("n.state <> 'IN_PUBLIC_NOTICE'");
            default -> { }
        }
        return where;
    }

    private static NoticeCaseRow row(ResultSet rs, int n) throws SQLException {
        return new NoticeCaseRow(rs.getLong("nomination_id"), rs.getString("person_name"), rs.getString("unit_name"),
                rs.getString("criterion"), rs.getLong("batch_id"), rs.getString("title"),
                new NoticePeriod(rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getInt("working_days")), rs.getString("notice_state"));
    }
}
