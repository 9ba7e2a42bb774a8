package cn.jiangxin.offering;

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

/** Explicit SQL for offerings and their sign-ups. */
@Repository
class OfferingStore {

    private static final String OFFERING = """
            SELECT o.id, o.kind, o.title, o.description, o.starts_on, o.ends_on, o.place, o.capacity, o.signup_opens,
                   o.signup_closes, o.open_to_talents, o.open_to_units, o.priority_rule, o.held_seats, o.held_until,
                   o.priority_from, o.policy_version, o.held_released_at, o.created_at""";
    private static final String COUNTS = """
            , (SELECT COUNT(*) FROM offering_enrolment e WHERE e.offering_id = o.id AND e.status = 'ENROLLED')
                AS enrolled,
              (SELECT COUNT(*) FROM offering_enrolment e WHERE e.offering_id = o.id AND e.status = 'WAITING')
                AS waiting""";
    private static final String ENROLMENT = """
            SELECT id, offering_id, person_id, unit_id, person_name, unit_name, leading_talent, channel, status,
                   queue_no, signed_up_at, seated_at, promoted, cancelled_at, attendance
            FROM offering_enrolment""";

    /** An offering on a list, with how many have seats and how many wait. */
    record Row(Offering offering, long enrolled, long waiting) {
    }

    /** A new sign-up row. */
    record NewEnrolment(long offeringId, long personId, long unitId, String personName, String unitName,
            boolean leadingTalent, Enrolment.Channel channel, Enrolment.Status status, String requestKey, long by,
            Instant at) {
    }

    private final JdbcClient jdbc;

    OfferingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewOffering o, PriorityRule rule, String policyVersion, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO offering (kind, title, description, starts_on, ends_on, place, capacity, signup_opens,
                  signup_closes, open_to_talents, open_to_units, priority_rule, held_seats, held_until, priority_from,
                  policy_version, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.kind().name(), o.title(), o.description(), o.startsOn(), o.endsOn(), o.place(),
                        o.capacity(), o.signupOpens(), o.signupCloses(), o.openToTalents(), o.openToUnits(),
                        rule.kind().name(), rule.heldSeats(), rule.heldUntil(), rule.priorityFrom(), policyVersion, by,
                        DbTime.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Offering> find(long id) {
        return jdbc.sql(OFFERING + " FROM offering o WHERE o.id = ?").param(id).query(OfferingStore::offering)
                .optional();
    }

    /** The offering, its row locked until the transaction ends: its seats are given one sign-up at a time. */
    Optional<Offering> lock(long id) {
        return jdbc.sql(OFFERING + " FROM offering o WHERE o.id = ? FOR UPDATE").param(id)
                .query(OfferingStore::offering).optional();
    }

    List<Offering> openToTalents(LocalDate today) {
        return jdbc.sql(OFFERING + " FROM offering o WHERE o.open_to_talents AND o.signup_closes >= ? ORDER BY"
                + " o.starts_on, o.id LIMIT 50").param(today).query(OfferingStore::offering).list();
    }

    boolean anyTitled(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM offering WHERE title = ?").param(title).query(Long.class).single() > 0;
    }

    /** Marks the held seats released; false when they had been already. */
    boolean markReleased(long id, Instant at) {
        return jdbc.sql("UPDATE offering SET held_released_at = ? WHERE id = ? AND held_released_at IS NULL")
                .params(DbTime.toDb(at), id).update() == 1;
    }

    /** Offerings whose held seats' date has passed and were not released yet (before they start). */
    List<Long> releaseDue(LocalDate today) {
        return jdbc.sql("""
                SELECT id FROM offering WHERE priority_rule = 'HELD_SHARE' AND held_seats > 0
                  AND held_until < ? AND held_released_at IS NULL ORDER BY id""")
                .param(today).query(Long.class).list();
    }

    PageOf<Row> page(ListQuery query, LocalDate today, Long unitId) {
        SqlWhere where = where(query, today, unitId);
        return ListPageStore.page(jdbc, query, count(query, today, unitId), OFFERING + COUNTS, " FROM offering o",
                where, OfferingStore::row);
    }

    long count(ListQuery query, LocalDate today, Long unitId) {
        SqlWhere where = where(query, today, unitId);
        return ListPageStore.count(jdbc, "FROM offering o" + where.sql(), where.params());
    }

    Stream<Row> all(ListQuery query, LocalDate today, Long unitId) {
        SqlWhere where = where(query, today, unitId);
        return jdbc.sql(OFFERING + COUNTS + " FROM offering o" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(OfferingStore::row).stream();
    }

    private static SqlWhere where(ListQuery query, LocalDate today, Long unitId) {
        SqlWhere where = new SqlWhere().like(query.search(), "o.title", "o.place");
        String kind = query.text("kind");
        if (!kind.isEmpty()) {
            where.and("o.kind = :kind").bind("kind", kind);
        }
        switch (query.text("stage")) {
            case "OPEN" -> where.and("o.priority_from <= :today AND o.signup_closes >= :today").bind("today", today);
            case "UPCOMING" -> where.and("o.priority_from > :today").bind("today", today);
            case "CLOSED" -> where.and("o.signup_closes < :today AND o.ends_on >= :today").bind("today", today);
            case "FINISHED" -> where.and("o.ends_on < :today").bind("today", today);
            default -> { }
        }
        if ("yes".equals(query.text("attendance"))) {
            where.and("o.starts_on <= :today AND EXISTS (SELECT 1 FROM offering_enrolment e WHERE e.offering_id = o.id"
                    + " AND e.status = 'ENROLLED' AND e.attendance IS NULL)").bind("today", today);
        }
        if ("yes".equals(query.text("waiting"))) {
            where.and("EXISTS (SELECT 1 FROM offering_enrolment e WHERE e.offering_id = o.id AND e.status = 'WAITING')");
        }
        if (unitId != null) {
            where.and("o.open_to_units");
        }
        return where;
    }

    /** The sign-up a retry with this key made, if any. */
    Optional<Enrolment> byRequestKey(long offeringId, String key) {
        return jdbc.sql(ENROLMENT + " WHERE offering_id = ? AND request_key = ?").params(offeringId, key)
                .query(OfferingStore::enrolment).optional();
    }

    Optional<Enrolment> byPerson(long offeringId, long personId) {
        return jdbc.sql(ENROLMENT + " WHERE offering_id = ? AND person_id = ?").params(offeringId, personId)
                .query(OfferingStore::enrolment).optional();
    }

    Optional<Enrolment> enrolment(long id) {
        return jdbc.sql(ENROLMENT + " WHERE id = ?").param(id).query(OfferingStore::enrolment).optional();
    }

    /** How many seats leading talents [0] and others [1] hold. */
    int[] seated(long offeringId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN leading_talent THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN leading_talent THEN 0 ELSE 1 END), 0)
                FROM offering_enrolment WHERE offering_id = ? AND status = 'ENROLLED'""").param(offeringId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    int nextQueueNo(long offeringId) {
        return jdbc.sql("SELECT COALESCE(MAX(queue_no), 0) + 1 FROM offering_enrolment WHERE offering_id = ?")
                .param(offeringId).query(Integer.class).single();
    }

    long insert(NewEnrolment e, int queueNo) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO offering_enrolment (offering_id, person_id, unit_id, person_name, unit_name, leading_talent,
                  channel, status, queue_no, request_key, signed_up_by, signed_up_at, seated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.offeringId(), e.personId(), e.unitId(), e.personName(), e.unitName(), e.leadingTalent(),
                        e.channel().name(), e.status().name(), queueNo, e.requestKey(), e.by(), DbTime.toDb(e.at()),
                        e.status() == Enrolment.Status.ENROLLED ? DbTime.toDb(e.at()) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Signs a cancelled person up again, at the end of the queue; false unless the row was cancelled. */
    boolean signUpAgain(long id, NewEnrolment e, int queueNo) {
        return jdbc.sql("""
                UPDATE offering_enrolment SET leading_talent = ?, channel = ?, status = ?, queue_no = ?, request_key = ?,
                  signed_up_by = ?, signed_up_at = ?, seated_at = ?, promoted = FALSE, cancelled_by = NULL,
                  cancelled_at = NULL WHERE id = ? AND status = 'CANCELLED'""")
                .params(e.leadingTalent(), e.channel().name(), e.status().name(), queueNo, e.requestKey(), e.by(),
                        DbTime.toDb(e.at()), e.status() == Enrolment.Status.ENROLLED ? DbTime.toDb(e.at()) : null, id)
                .update() == 1;
    }

    /** Cancels a seat or a place on the waiting list; false when it was cancelled already. */
    boolean cancel(long id, long by, Instant at) {
        return jdbc.sql("""
                UPDATE offering_enrolment SET status = 'CANCELLED', cancelled_by = ?, cancelled_at = ?
                WHERE id = ? AND status IN ('ENROLLED', 'WAITING')""")
                .params(by, DbTime.toDb(at), id).update() == 1;
    }

    /** Gives a waiting person a seat; false unless they were waiting. */
    boolean promote(long id, Instant at) {
        return jdbc.sql("""
                UPDATE offering_enrolment SET status = 'ENROLLED', promoted = TRUE, seated_at = ?
                WHERE id = ? AND status = 'WAITING'""").params(DbTime.toDb(at), id).update() == 1;
    }

    /** The waiting list in its order. */
    List<Enrolment> waiting(long offeringId) {
        return jdbc.sql(ENROLMENT + " WHERE offering_id = ? AND status = 'WAITING' ORDER BY queue_no")
                .param(offeringId).query(OfferingStore::enrolment).list();
    }

    /** Everyone signed up (cancelled too), seats first, then the waiting list, each in order of arrival. */
    List<Enrolment> roster(long offeringId) {
        return jdbc.sql(ENROLMENT + " " + """
                 WHERE offering_id = ? ORDER BY CASE status WHEN 'ENROLLED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END,
                 queue_no""").param(offeringId).query(OfferingStore::enrolment).list();
    }

    List<Enrolment> ofPerson(long personId) {
        return jdbc.sql(ENROLMENT + " WHERE person_id = ? ORDER BY id DESC").param(personId)
                .query(OfferingStore::enrolment).list();
    }

    List<Enrolment> ofUnit(long unitId) {
        return jdbc.sql(ENROLMENT + " WHERE unit_id = ? AND status <> 'CANCELLED' ORDER BY id DESC").param(unitId)
                .query(OfferingStore::enrolment).list();
    }

    /** Records attendance of a seated person; false unless they hold a seat. */
    boolean recordAttendance(long id, Enrolment.Attendance attendance, long by, Instant at) {
        return jdbc.sql("""
                UPDATE offering_enrolment SET attendance = ?, attendance_by = ?, attendance_at = ?
                WHERE id = ? AND status = 'ENROLLED'""")
                .params(attendance.name(), by, DbTime.toDb(at), id).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(offering(rs, n), rs.getLong("enrolled"), rs.getLong("waiting"));
    }

    private static Offering offering(ResultSet rs, int n) throws SQLException {
        return new Offering(rs.getLong("id"), OfferingKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("description"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getInt("capacity"),
                rs.getObject("signup_opens", LocalDate.class), rs.getObject("signup_closes", LocalDate.class),
                rs.getBoolean("open_to_talents"), rs.getBoolean("open_to_units"),
                new PriorityRule(PriorityRule.Kind.valueOf(rs.getString("priority_rule")), rs.getInt("held_seats"),
                        rs.getObject("held_until", LocalDate.class), rs.getObject("priority_from", LocalDate.class)),
                rs.getString("policy_version"), DbTime.instant(rs, "held_released_at"),
                DbTime.instant(rs, "created_at"));
    }

    private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
        String attendance = rs.getString("attendance");
        return new Enrolment(rs.getLong("id"), rs.getLong("offering_id"), rs.getLong("person_id"),
                rs.getLong("unit_id"), rs.getString("person_name"), rs.getString("unit_name"),
                rs.getBoolean("leading_talent"), Enrolment.Channel.valueOf(rs.getString("channel")),
                Enrolment.Status.valueOf(rs.getString("status")), rs.getInt("queue_no"),
                DbTime.instant(rs, "signed_up_at"), DbTime.instant(rs, "seated_at"), rs.getBoolean("promoted"),
                DbTime.instant(rs, "cancelled_at"),
                attendance == null ? null : Enrolment.Attendance.valueOf(attendance));
    }
}
