package cn.jiangxin.expert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pool's experts, one row per person of the registry, joined to the person and unit for names. */
@Repository
class ExpertStore {

    private static final String FROM = " FROM expert x JOIN person p ON p.id = x.person_id JOIN unit u ON u.id = p.unit_id";
    private static final String SELECT = """
            SELECT x.*, p.name AS person_name, p.unit_id, u.name AS unit_name,
                   (SELECT COUNT(*) FROM expert_assignment a WHERE a.expert_id = x.id AND a.asked_at IS NOT NULL)
                   AS draws""";
    private static final String COLUMNS = SELECT + FROM;

    private final JdbcClient jdbc;

    ExpertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long personId, String source, ExpertProfile p, Instant now) {
        jdbc.sql("""
                INSERT INTO expert (person_id, source, trades, specialities, roles, availability, conflict_units,
                    conflict_people, status, joined_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
                .params(personId, source, Trades.join(p.trades()), p.specialities(), roles(p.roles()),
                        p.availability(), IdList.join(p.conflictUnits()), IdList.join(p.conflictPeople()),
                        DbTime.toDb(now), DbTime.toDb(now))
                .update();
        return jdbc.sql("SELECT id FROM expert WHERE person_id = ?").param(personId).query(Long.class).single();
    }

    void update(long id, ExpertProfile p, Instant now) {
        jdbc.sql("""
                UPDATE expert SET trades = ?, specialities = ?, roles = ?, availability = ?, conflict_units = ?,
                    conflict_people = ?, changed_at = ? WHERE id = ?""")
                .params(Trades.join(p.trades()), p.specialities(), roles(p.roles()), p.availability(),
                        IdList.join(p.conflictUnits()), IdList.join(p.conflictPeople()), DbTime.toDb(now), id)
                .update();
    }

    /** Moves the expert from one of {@code from} to {@code to}; answers whether it did (false: someone was first). */
    boolean setStatus(long id, Set<ExpertStatus> from, ExpertStatus to, String reason, Instant now) {
        String in = from.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return jdbc.sql("UPDATE expert SET status = ?, status_reason = ?, changed_at = ? WHERE id = ? AND status IN ("
                + in + ")").params(to.name(), reason, DbTime.toDb(now), id).update() == 1;
    }

    Optional<Expert> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE x.id = ?").param(id).query(ExpertStore::row).optional();
    }

    Optional<Expert> ofPerson(long personId) {
        return jdbc.sql(COLUMNS + " WHERE x.person_id = ?").param(personId).query(ExpertStore::row).optional();
    }

    List<Expert> all() {
        return jdbc.sql(COLUMNS + " ORDER BY x.id").query(ExpertStore::row).list();
    }

    /** The experts asked or engaged (asked, accepted) on another need of that day. */
    Set<Long> engagedOn(LocalDate day, long exceptNeed) {
        return Set.copyOf(jdbc.sql("""
                SELECT a.expert_id FROM expert_assignment a JOIN expert_need n ON n.id = a.need_id
                WHERE n.need_date = ? AND n.id <> ? AND a.status IN ('ASKED', 'ACCEPTED')""")
                .params(day, exceptNeed).query(Long.class).list());
    }

    PageOf<Expert> page(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.page(jdbc, query, count(query), SELECT, FROM, where, ExpertStore::row);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, FROM + where.sql(), where.params());
    }

    Stream<Expert> stream(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql(COLUMNS + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(ExpertStore::row).stream();
    }

    private static SqlWhere where(ListQuery query) {
        SqlWhere where = new SqlWhere().like(query.search(), "p.name", "x.trades", "x.specialities", "u.name")
                .and("x.status = :status", "status", query.text("status"))
                .and("x.source = :source", "source", query.text("source"));
        String role = query.text("role");
        if (!role.isEmpty()) {
            where.and("x.roles LIKE :role", "role", "%" + role + "%");
        }
        return where;
    }

    private static String roles(Set<ExpertRole> roles) {
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ExpertRole> roles(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(ExpertRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExpertRole.class)));
    }

    private static Expert row(ResultSet rs, int n) throws SQLException {
        ExpertProfile profile = new ExpertProfile(Trades.parse(rs.getString("trades")), rs.getString("specialities"),
                roles(rs.getString("roles")), rs.getString("availability"), IdList.parse(rs.getString("conflict_units")),
                IdList.parse(rs.getString("conflict_people")));
        return new Expert(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("source"), profile, ExpertStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), DbTime.instant(rs, "joined_at"), rs.getLong("draws"));
    }
}
