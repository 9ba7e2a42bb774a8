package cn.jiangxin.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** Explicit SQL for care rounds and their visits. */
@Repository
class CareStore {

    private static final String ROUND = "SELECT r.id, r.name, r.occasion, r.window_from, r.window_to, r.note, r.created_at";
    private static final String COUNTS = """
            , (SELECT COUNT(*) FROM care_visit v WHERE v.round_id = r.id) AS visits,
              (SELECT COUNT(*) FROM care_visit v WHERE v.round_id = r.id AND v.state = 'VISITED') AS visited""";
    private static final String VISIT = """
            SELECT id, round_id, person_id, person_name, unit_id, unit_name, state, visitor_account, visitor, planned_on,
                   visited_on, visited_by, note, gifts, not_reached_why, recorded_at
            FROM care_visit""";
    private static final String OVERDUE = "EXISTS (SELECT 1 FROM care_visit v WHERE v.round_id = r.id"
            + " AND v.state = 'PLANNED') AND r.window_to < :today";

    /** A round on the list, with how many visits it has and how many were made. */
    record Row(CareRound round, long visits, long visited) {
    }

    private final JdbcClient jdbc;

    CareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewRound r, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO care_round (name, occasion, window_from, window_to, note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(r.name(), r.occasion().name(), r.from(), r.to(), r.note(), by, DbTime.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CareRound> round(long id) {
        return jdbc.sql(ROUND + " FROM care_round r WHERE r.id = ?").param(id).query(CareStore::round).optional();
    }

    /** The round, its row locked until the transaction ends: people are added to it one request at a time. */
    Optional<CareRound> lockRound(long id) {
        return jdbc.sql(ROUND + " FROM care_round r WHERE r.id = ? FOR UPDATE").param(id).query(CareStore::round)
                .optional();
    }

    boolean anyNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM care_round WHERE name = ?").param(name).query(Long.class).single() > 0;
    }

    /** Rounds whose window has not ended by {@code today}: the ones talents may still be added to. */
    List<CareRound> open(LocalDate today) {
        return jdbc.sql(ROUND + " FROM care_round r WHERE r.window_to >= ? ORDER BY r.id").param(today)
                .query(CareStore::round).list();
    }

    PageOf<Row> page(ListQuery query, LocalDate today, Collection<Long> dueRounds) {
        SqlWhere where = where(query, today, dueRounds);
        return ListPageStore.page(jdbc, query, count(query, today, dueRounds), ROUND + COUNTS, " FROM care_round r",
                where, CareStore::row);
    }

    long count(ListQuery query, LocalDate today, Collection<Long> dueRounds) {
        SqlWhere where = where(query, today, dueRounds);
        return ListPageStore.count(jdbc, "FROM care_round r" + where.sql(), where.params());
    }

    Stream<Row> all(ListQuery query, LocalDate today, Collection<Long> dueRounds) {
        SqlWhere where = where(query, today, dueRounds);
        return jdbc.sql(ROUND + COUNTS + " FROM care_round r" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(CareStore::row).stream();
    }

    private static SqlWhere where(ListQuery query, LocalDate today, Collection<Long> dueRounds) {
        SqlWhere where = new SqlWhere().like(query.search(), "r.name", "r.note");
        String occasion = query.text("occasion");
        if (!occasion.isEmpty()) {
            where.and("r.occasion = :occasion").bind("occasion", occasion);
        }
        switch (query.text("stage")) {
            case "UPCOMING" -> where.and("r.window_from > :today").bind("today", today);
            case "OPEN" -> where.and("r.window_from <= :today AND r.window_to >= :today").bind("today", today);
            case "ENDED" -> where.and("r.window_to < :today").bind("today", today);
            default -> { }
        }
        if ("yes".equals(query.text("overdue"))) {
            where.and(OVERDUE).bind("today", today);
        }
        if ("yes".equals(query.text("due"))) {
            if (dueRounds.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("r.id IN (:dueRounds)").bind("dueRounds", List.copyOf(dueRounds));
            }
        }
        return where;
    }

    Optional<CareVisit> visit(long id) {
        return jdbc.sql(VISIT + " WHERE id = ?").param(id).query(CareStore::visit).optional();
    }

    /** The visit, its row locked until the transaction ends: it is recorded one request at a time. */
    Optional<CareVisit> lockVisit(long id) {
        return jdbc.sql(VISIT + " WHERE id = ? FOR UPDATE").param(id).query(CareStore::visit).optional();
    }

    List<CareVisit> visitsOf(long roundId) {
        return jdbc.sql(VISIT + " WHERE round_id = ? ORDER BY unit_name, person_name, id").param(roundId)
                .query(CareStore::visit).list();
    }

    List<CareVisit> visitsOfPerson(long personId) {
        return jdbc.sql(VISIT + " WHERE person_id = ? ORDER BY COALESCE(visited_on, planned_on) DESC, id DESC")
                .param(personId).query(CareStore::visit).list();
    }

    Set<Long> peopleIn(long roundId) {
        return new HashSet<>(jdbc.sql("SELECT person_id FROM care_visit WHERE round_id = ?").param(roundId)
                .query(Long.class).list());
    }

    Optional<LocalDate> lastVisit(long personId) {
        return jdbc.sql("SELECT MAX(visited_on) FROM care_visit WHERE person_id = ? AND state = 'VISITED'")
                .param(personId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional();
    }

    /** Adds a planned visit; false when the person is in the round already (the unique key kept them once). */
    boolean insertVisit(long roundId, DueTalent t, long by, Instant at) {
        return jdbc.sql("""
                INSERT INTO care_visit (round_id, person_id, person_name, unit_id, unit_name, state, added_by, added_at)
                SELECT ?, ?, ?, ?, ?, 'PLANNED', ?, ? FROM care_round
                WHERE id = ? AND NOT EXISTS (SELECT 1 FROM care_visit WHERE round_id = ? AND person_id = ?)""")
                .params(roundId, t.personId(), t.name(), t.unitId(), t.unitName(), by, DbTime.toDb(at), roundId,
                        roundId, t.personId())
                .update() == 1;
    }

    boolean assign(long visitId, Long account, String visitor, LocalDate plannedOn) {
        return jdbc.sql("""
                UPDATE care_visit SET visitor_account = ?, visitor = ?, planned_on = ? WHERE id = ? AND state = 'PLANNED'""")
                .params(account, visitor, plannedOn, visitId).update() == 1;
    }

    boolean markVisited(long visitId, VisitReport r, long by, Instant at) {
        return jdbc.sql("""
                UPDATE care_visit SET state = 'VISITED', visited_on = ?, visited_by = ?, note = ?, gifts = ?,
                  recorded_by = ?, recorded_at = ? WHERE id = ? AND state = 'PLANNED'""")
                .params(r.visitedOn(), r.visitedBy(), r.note(), r.gifts(), by, DbTime.toDb(at), visitId).update() == 1;
    }

    boolean markNotReached(long visitId, String why, long by, Instant at) {
        return jdbc.sql("""
                UPDATE care_visit SET state = 'NOT_REACHED', not_reached_why = ?, recorded_by = ?, recorded_at = ?
                WHERE id = ? AND state = 'PLANNED'""")
                .params(why, by, DbTime.toDb(at), visitId).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(round(rs, n), rs.getLong("visits"), rs.getLong("visited"));
    }

    private static CareRound round(ResultSet rs, int n) throws SQLException {
        return new CareRound(rs.getLong("id"), rs.getString("name"), Occasion.valueOf(rs.getString("occasion")),
                rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
                rs.getString("note"), DbTime.instant(rs, "created_at"));
    }

    private static CareVisit visit(ResultSet rs, int n) throws SQLException {
        return new CareVisit(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("person_id"),
                rs.getString("person_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                CareVisit.State.valueOf(rs.getString("state")), (Long) rs.getObject("visitor_account", Long.class),
                rs.getString("visitor"), rs.getObject("planned_on", LocalDate.class),
                rs.getObject("visited_on", LocalDate.class), rs.getString("visited_by"), rs.getString("note"),
                rs.getString("gifts"), rs.getString("not_reached_why"), DbTime.instant(rs, "recorded_at"));
    }
}
