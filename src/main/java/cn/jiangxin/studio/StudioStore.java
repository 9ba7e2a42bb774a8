package cn.jiangxin.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

/** Explicit SQL for studios, their steps and their numbers, and the studio list. */
@Repository
class StudioStore {

    /** A studio in the list, with its latest assessment (period, state, grade, funding), if any. */
    record Row(Studio studio, String period, Assessment.State assessmentState, String gradeCode, Long fundingFen) {
    }

    private static final String SELECT = """
            SELECT s.id, s.unit_id, u.name AS unit_name, s.leader_person_id, p.name AS leader_name, s.name,
              s.studio_type, s.trade, s.members, s.premises, s.plan, s.evidence_name, s.priority, s.state, s.reason,
              s.submitted_at, s.studio_number, s.named_on, s.revoked_on""";
    private static final String FROM = " FROM studio s JOIN unit u ON u.id = s.unit_id JOIN person p ON p.id = s.leader_person_id";
    private static final String LATEST = """
            , a.period, a.state AS assessment_state, a.grade_code, a.funding_fen""";
    private static final String LIST_FROM = FROM + " LEFT JOIN studio_assessment a ON a.studio_id = s.id"
            + " AND a.period = (SELECT MAX(x.period) FROM studio_assessment x WHERE x.studio_id = s.id)";

    private final JdbcClient jdbc;

    StudioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, StudioApplication a, boolean priority, long accountId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO studio (unit_id, leader_person_id, name, studio_type, trade, members, premises, plan,
                  priority, queue_rank, state, submitted_by, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
                .params(unitId, a.leaderPersonId(), a.name(), a.type().name(), a.trade(), a.members(), a.premises(),
                        a.plan(), priority, priority ? 0 : 1, accountId, DbTime.toDb(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Changes a returned application and submits it again; false when it was not returned (any more). */
    boolean resubmit(long id, StudioApplication a, boolean priority, Instant at) {
        return jdbc.sql("""
                UPDATE studio SET leader_person_id = ?, name = ?, studio_type = ?, trade = ?, members = ?,
                  premises = ?, plan = ?, priority = ?, queue_rank = ?, state = 'SUBMITTED', reason = NULL,
                  submitted_at = ? WHERE id = ? AND state = 'RETURNED'""")
                .params(a.leaderPersonId(), a.name(), a.type().name(), a.trade(), a.members(), a.premises(), a.plan(),
                        priority, priority ? 0 : 1, DbTime.toDb(at), id).update() == 1;
    }

    void attachEvidence(long id, String name, String stored, String contentType) {
        jdbc.sql("UPDATE studio SET evidence_name = ?, evidence_stored = ?, evidence_type = ? WHERE id = ?")
                .params(name, stored, contentType, id).update();
    }

    /** The stored name and content type of the studio's evidence. */
    Optional<String[]> evidence(long id) {
        return jdbc.sql("SELECT evidence_name, evidence_stored, evidence_type FROM studio WHERE id = ? AND evidence_stored IS NOT NULL")
                .param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional();
    }

    Optional<Studio> find(long id) {
        return jdbc.sql(SELECT + FROM + " WHERE s.id = ?").param(id).query(StudioStore::studio).optional();
    }

    /** Locks the studio's row for the rest of the transaction (decisions on one studio one at a time). */
    Optional<Studio> lock(long id) {
        jdbc.sql("SELECT id FROM studio WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id);
    }

    /** Moves the studio from one of {@code from} to {@code to} with the reason; false when it stood elsewhere. */
    boolean move(long id, Set<StudioState> from, StudioState to, String reason) {
        String states = String.join(",", from.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.sql("UPDATE studio SET state = ?, reason = ? WHERE id = ? AND state IN (" + states + ")")
                .params(to.name(), reason, id).update() == 1;
    }

    /** The next serial of studios named in the year, under the counter row's lock. */
    int nextSerial(int year) {
        jdbc.sql("INSERT INTO studio_number_counter (named_year, last_serial) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .param(year).update();
        jdbc.sql("UPDATE studio_number_counter SET last_serial = last_serial + 1 WHERE named_year = ?").param(year)
                .update();
        return jdbc.sql("SELECT last_serial FROM studio_number_counter WHERE named_year = ?").param(year)
                .query(Integer.class).single();
    }

    boolean name(long id, int year, int serial, String number, LocalDate on) {
        return jdbc.sql("""
                UPDATE studio SET state = 'NAMED', reason = NULL, named_year = ?, named_serial = ?, studio_number = ?,
                  named_on = ? WHERE id = ? AND state = 'REVIEWED'""")
                .params(year, serial, number, on, id).update() == 1;
    }

    boolean revoke(long id, LocalDate on, String reason) {
        return jdbc.sql("UPDATE studio SET state = 'REVOKED', revoked_on = ?, reason = ? WHERE id = ? AND state = 'NAMED'")
                .params(on, reason, id).update() == 1;
    }

    void step(long studioId, StudioStep.Action action, long accountId, String actorName, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO studio_step (studio_id, action, account_id, actor_name, reason, taken_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(studioId, action.name(), accountId, actorName, reason, DbTime.toDb(at)).update();
    }

    List<StudioStep> steps(long studioId) {
        return jdbc.sql("""
                SELECT id, studio_id, action, account_id, actor_name, reason, taken_at FROM studio_step
                WHERE studio_id = ? ORDER BY taken_at, id""").param(studioId)
                .query((rs, n) -> new StudioStep(rs.getLong(1), rs.getLong(2),
                        StudioStep.Action.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
                        DbTime.instant(rs, 7))).list();
    }

    /** The studios a person leads or led (named or revoked), newest first. */
    List<Studio> ledBy(long personId) {
        return jdbc.sql(SELECT + FROM + " WHERE s.leader_person_id = ? AND s.state IN ('NAMED', 'REVOKED') ORDER BY s.id DESC")
                .param(personId).query(StudioStore::studio).list();
    }

    Optional<Long> idByName(String name) {
        return jdbc.sql("SELECT id FROM studio WHERE name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY").param(name).query(Long.class).optional();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM studio").query(Long.class).single() > 0;
    }

    PageOf<Row> page(ListQuery query, Long unitId) {
        SqlWhere where = where(query, unitId);
        return ListPageStore.page(jdbc, query, count(query, unitId), SELECT + LATEST, LIST_FROM, where,
                StudioStore::row);
    }

    long count(ListQuery query, Long unitId) {
        SqlWhere where = where(query, unitId);
        return ListPageStore.count(jdbc, LIST_FROM.strip() + where.sql(), where.params());
    }

    Stream<Row> all(ListQuery query, Long unitId) {
        SqlWhere where = where(query, unitId);
        return jdbc.sql(SELECT + LATEST + LIST_FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(StudioStore::row).stream();
    }

    private static SqlWhere where(ListQuery query, Long unitId) {
        SqlWhere where = new SqlWhere().like(query.search(), "s.name", "s.studio_number", "p.name", "u.name", "s.trade");
        if (unitId != null) {
            where.and("s.unit_id = :unit").bind("unit", unitId);
        }
        where.and("s.state = :state", "state", query.text("state"));
        where.and("s.studio_type = :type", "type", query.text("type"));
        if ("yes".equals(query.text("priority"))) {
            where.and("s.priority = TRUE");
        }
        where.and("EXISTS (SELECT 1 FROM studio_assessment y WHERE y.studio_id = s.id AND y.state = :assessment)",
                "assessment", query.text("assessment"));
        return where;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("assessment_state");
        long fen = rs.getLong("funding_fen");
        Long funding = rs.wasNull() ? null : fen;
        return new Row(studio(rs, n), rs.getString("period"), state == null ? null : Assessment.State.valueOf(state),
                rs.getString("grade_code"), funding);
    }

    private static Studio studio(ResultSet rs, int n) throws SQLException {
        return new Studio(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("leader_person_id"), rs.getString("leader_name"), rs.getString("name"),
                StudioType.valueOf(rs.getString("studio_type")), rs.getString("trade"), rs.getString("members"),
                rs.getString("premises"), rs.getString("plan"), rs.getString("evidence_name"),
                rs.getBoolean("priority"), StudioState.valueOf(rs.getString("state")), rs.getString("reason"),
                DbTime.instant(rs, "submitted_at"), rs.getString("studio_number"),
                rs.getObject("named_on", LocalDate.class), rs.getObject("revoked_on", LocalDate.class));
    }
}
