package cn.jiangxin.expert;

import java.math.BigDecimal;
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

/** Needs, their one draw (unique per need) and the assignments of each draw's result. */
@Repository
class NeedStore {

    private static final String ASSIGNMENTS = """
            SELECT a.*, x.person_id, p.name AS expert_name, n.purpose, n.need_date
            FROM expert_assignment a JOIN expert x ON x.id = a.expert_id JOIN person p ON p.id = x.person_id
            JOIN expert_need n ON n.id = a.need_id""";

    private final JdbcClient jdbc;

    NeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NeedDraft d, long account, String username, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO expert_need (purpose, role, trades, experts_wanted, need_date, concerned_units,
                    concerned_people, state, created_by_account, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
                .params(d.purpose(), d.role().name(), Trades.join(d.trades()), d.wanted(), d.date(),
                        IdList.join(d.units()), IdList.join(d.people()), account, username, DbTime.toDb(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Need> find(long id) {
        return jdbc.sql("SELECT * FROM expert_need WHERE id = ?").param(id).query(NeedStore::need).optional();
    }

    /** Moves the need on from {@code from}; false when another request moved it first. */
    boolean move(long id, String from, String to) {
        return jdbc.sql("UPDATE expert_need SET state = ? WHERE id = ? AND state = ?").params(to, id, from)
                .update() == 1;
    }

    void insertDraw(long needId, String snapshot, String snapshotHash, String seedHash, String sealedSeed, int wanted,
            int reserves, long account, String username, Instant now) {
        jdbc.sql("""
                INSERT INTO expert_draw (need_id, snapshot, snapshot_hash, seed_hash, sealed_seed, wanted, reserves,
                    committed_by_account, committed_by, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(needId, snapshot, snapshotHash, seedHash, sealedSeed, wanted, reserves, account, username,
                        DbTime.toDb(now))
                .update();
    }

    Optional<Draw> draw(long needId) {
        return jdbc.sql("SELECT * FROM expert_draw WHERE need_id = ?").param(needId).query(NeedStore::draw).optional();
    }

    boolean cosign(long needId, long account, String username, Instant now, String seed, String result) {
        return jdbc.sql("""
                UPDATE expert_draw SET cosigned_by_account = ?, cosigned_by = ?, drawn_at = ?, seed = ?, result = ?
                WHERE need_id = ? AND cosigned_by_account IS NULL""")
                .params(account, username, DbTime.toDb(now), seed, result, needId).update() == 1;
    }

    void insertAssignment(long needId, long expertId, int position, String status, Instant askedAt, Instant deadline) {
        jdbc.sql("""
                INSERT INTO expert_assignment (need_id, expert_id, position, status, asked_at, deadline)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(needId, expertId, position, status, askedAt == null ? null : DbTime.toDb(askedAt),
                        deadline == null ? null : DbTime.toDb(deadline))
                .update();
    }

    List<Assignment> assignments(long needId) {
        return jdbc.sql(ASSIGNMENTS + " WHERE a.need_id = ? ORDER BY a.position").param(needId)
                .query(NeedStore::assignment).list();
    }

    Optional<Assignment> assignment(long id) {
        return jdbc.sql(ASSIGNMENTS + " WHERE a.id = ?").param(id).query(NeedStore::assignment).optional();
    }

    /** The assignments of one expert, latest need first: their history. */
    List<Assignment> ofExpert(long expertId) {
        return jdbc.sql(ASSIGNMENTS + " WHERE a.expert_id = ? AND a.status <> 'WAITING' ORDER BY n.need_date DESC")
                .param(expertId).query(NeedStore::assignment).list();
    }

    /** Answers an asked place; false when it was no longer asked (answered, expired) or its deadline has passed. */
    boolean answer(long id, String status, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE expert_assignment SET status = ?, reason = ?, answered_at = ?
                WHERE id = ? AND status = 'ASKED' AND deadline > ?""")
                .params(status, reason, DbTime.toDb(now), id, DbTime.toDb(now)).update() == 1;
    }

    boolean expire(long id, Instant now) {
        return jdbc.sql("""
                UPDATE expert_assignment SET status = 'EXPIRED', answered_at = ?
                WHERE id = ? AND status = 'ASKED' AND deadline <= ?""")
                .params(DbTime.toDb(now), id, DbTime.toDb(now)).update() == 1;
    }

    List<Long> dueBefore(Instant now) {
        return jdbc.sql("SELECT id FROM expert_assignment WHERE status = 'ASKED' AND deadline <= ? ORDER BY id")
                .param(DbTime.toDb(now)).query(Long.class).list();
    }

    /** The first reserve still waiting, in the draw's order. */
    Optional<Assignment> nextReserve(long needId) {
        return jdbc.sql(ASSIGNMENTS + " WHERE a.need_id = ? AND a.status = 'WAITING' ORDER BY a.position")
                .param(needId).query(NeedStore::assignment).list().stream().findFirst();
    }

    boolean ask(long id, long replaces, Instant now, Instant deadline) {
        return jdbc.sql("""
                UPDATE expert_assignment SET status = 'ASKED', asked_at = ?, deadline = ?, replaces_id = ?
                WHERE id = ? AND status = 'WAITING'""")
                .params(DbTime.toDb(now), DbTime.toDb(deadline), replaces, id).update() == 1;
    }

    /** Whether another place holds the expert on that day (asked or accepted). */
    boolean bookedElsewhere(long expertId, LocalDate day, long assignmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM expert_booking WHERE expert_id = ? AND booked_on = ? AND assignment_id <> ?")
                .params(expertId, day, assignmentId).query(Long.class).single() > 0;
    }

    /** Books the expert for the day; a concurrent booking makes the unique key refuse it (DuplicateKeyException). */
    void book(long assignmentId, long expertId, LocalDate day) {
        jdbc.sql("INSERT INTO expert_booking (expert_id, booked_on, assignment_id) VALUES (?, ?, ?)")
                .params(expertId, day, assignmentId).update();
    }

    /** Frees the day an answered place held (declined or expired). */
    void release(long assignmentId) {
        jdbc.sql("DELETE FROM expert_booking WHERE assignment_id = ?").param(assignmentId).update();
    }

    /** An asked place whose expert another need holds that day: recorded as such, not counted as asked. */
    boolean markBooked(long id) {
        return jdbc.sql("""
                UPDATE expert_assignment SET status = 'BOOKED', asked_at = NULL, deadline = NULL
                WHERE id = ? AND status = 'ASKED'""").param(id).update() == 1;
    }

    void engagement(long id, LocalDate on, BigDecimal hours, String outcome) {
        jdbc.sql("UPDATE expert_assignment SET engaged_on = ?, hours = ?, outcome = ? WHERE id = ?")
                .params(on, hours, outcome, id).update();
    }

    /** Asked places of one person (as expert) that wait for their answer. */
    long waitingAnswers(long personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM expert_assignment a JOIN expert x ON x.id = a.expert_id
                WHERE x.person_id = ? AND a.status = 'ASKED'""").param(personId).query(Long.class).single();
    }

    List<Assignment> ofPerson(long personId) {
        return jdbc.sql(ASSIGNMENTS + " WHERE x.person_id = ? AND a.status <> 'WAITING' ORDER BY n.need_date DESC")
                .param(personId).query(NeedStore::assignment).list();
    }

    PageOf<Need> page(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.page(jdbc, query, count(query), "SELECT n.*", " FROM expert_need n", where,
                NeedStore::need);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, "FROM expert_need n" + where.sql(), where.params());
    }

    Stream<Need> stream(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql("SELECT n.* FROM expert_need n" + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(NeedStore::need).stream();
    }

    private static SqlWhere where(ListQuery query) {
        return new SqlWhere().like(query.search(), "n.purpose", "n.trades")
                .and("n.state = :state", "state", query.text("state"))
                .and("n.role = :role", "role", query.text("role"))
                .and("n.need_date >= :from", "from", query.date("from"))
                .and("n.need_date <= :to", "to", query.date("to"));
    }

    private static Need need(ResultSet rs, int n) throws SQLException {
        return new Need(rs.getLong("id"), rs.getString("purpose"), ExpertRole.valueOf(rs.getString("role")),
                Trades.parse(rs.getString("trades")), rs.getInt("experts_wanted"),
                rs.getObject("need_date", LocalDate.class), IdList.parse(rs.getString("concerned_units")),
                IdList.parse(rs.getString("concerned_people")), rs.getString("state"),
                rs.getLong("created_by_account"), rs.getString("created_by"), DbTime.instant(rs, "created_at"));
    }

    private static Draw draw(ResultSet rs, int n) throws SQLException {
        long cosigner = rs.getLong("cosigned_by_account");
        return new Draw(rs.getLong("id"), rs.getLong("need_id"), rs.getString("snapshot"), rs.getString("snapshot_hash"),
                rs.getString("seed_hash"), rs.getString("sealed_seed"), rs.getString("seed"), rs.getInt("wanted"),
                rs.getInt("reserves"), rs.getLong("committed_by_account"), rs.getString("committed_by"),
                DbTime.instant(rs, "committed_at"), rs.wasNull() ? null : cosigner, rs.getString("cosigned_by"),
                DbTime.instant(rs, "drawn_at"), rs.getString("result"));
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        long replaces = rs.getLong("replaces_id");
        Long replacesId = rs.wasNull() ? null : replaces;
        return new Assignment(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("expert_id"), rs.getLong("person_id"),
                rs.getString("expert_name"), rs.getInt("position"), rs.getString("status"),
                DbTime.instant(rs, "asked_at"), DbTime.instant(rs, "deadline"), DbTime.instant(rs, "answered_at"),
                rs.getString("reason"), replacesId, rs.getObject("engaged_on", LocalDate.class),
                rs.getBigDecimal("hours"), rs.getString("outcome"), rs.getString("purpose"),
                rs.getObject("need_date", LocalDate.class));
    }
}
