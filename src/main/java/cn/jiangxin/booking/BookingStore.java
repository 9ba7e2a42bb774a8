package cn.jiangxin.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
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

/** Explicit SQL for appointment slots and their bookings. */
@Repository
class BookingStore {

    private static final String SLOT = """
            SELECT s.id, s.venue_account, s.venue_name, s.service, s.slot_date, s.start_time, s.end_time, s.capacity,
                   s.place, s.bring, s.state, s.cancel_reason AS slot_cancel_reason,
                   (SELECT COUNT(*) FROM booking x WHERE x.slot_id = s.id AND x.status <> 'CANCELLED') AS booked""";
    private static final String BOOKING = """
            SELECT b.id, b.slot_id, b.person_id, b.person_name, b.status, b.request_key, b.hold_key, b.booked_at,
                   b.cancelled_at, b.cancel_reason, b.reminded_at""";

    /** A booking with its slot, for lists. */
    record Row(Booking booking, Slot slot) {
    }

    private final JdbcClient jdbc;

    BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the slot unless its venue has one for the service starting then; answers whether it did. */
    boolean insertSlot(long venue, String venueName, SlotPattern p, LocalDate day, long by, Instant at) {
        return jdbc.sql("""
                INSERT INTO booking_slot (venue_account, venue_name, service, slot_date, start_time, end_time, capacity,
                  place, bring, state, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(venue, venueName, p.service(), day, p.start(), p.end(), p.capacity(), p.place(), p.bring(), by,
                        DbTime.toDb(at)).update() == 1;
    }

    Optional<Slot> slot(long id) {
        return jdbc.sql(SLOT + " FROM booking_slot s WHERE s.id = ?").param(id).query(BookingStore::slot).optional();
    }

    /** The slot, its row locked until the transaction ends: its seats are given one booking at a time. */
    Optional<Slot> lockSlot(long id) {
        Optional<Long> locked = jdbc.sql("SELECT id FROM booking_slot WHERE id = ? FOR UPDATE").param(id)
                .query(Long.class).optional();
        return locked.flatMap(this::slot);
    }

    Optional<Long> slotId(long venue, String service, LocalDate day, LocalTime start) {
        return jdbc.sql("""
                SELECT id FROM booking_slot WHERE venue_account = ? AND service = ? AND slot_date = ? AND start_time = ?""")
                .params(venue, service, day, start).query(Long.class).optional();
    }

    /** How many bookings take a seat on the slot (read under its lock). */
    long seated(long slotId) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE slot_id = ? AND status <> 'CANCELLED'").param(slotId)
                .query(Long.class).single();
    }

    boolean cancelSlot(long id, String reason, Instant at) {
        return jdbc.sql("UPDATE booking_slot SET state = 'CANCELLED', cancel_reason = ?, cancelled_at = ? WHERE id = ?"
                + " AND state = 'OPEN'").params(reason, DbTime.toDb(at), id).update() == 1;
    }

    /** Open slots of the services from {@code from} on, earliest first. */
    List<Slot> openSlots(Collection<String> services, LocalDate from, int limit) {
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SLOT + " FROM booking_slot s WHERE s.state = 'OPEN' AND s.service IN (:services)"
                + " AND s.slot_date >= :from ORDER BY s.slot_date, s.start_time, s.id LIMIT :limit")
                .param("services", services).param("from", from).param("limit", limit)
                .query(BookingStore::slot).list();
    }

    Optional<Booking> byRequestKey(String key) {
        return jdbc.sql(BOOKING + " FROM booking b WHERE b.request_key = ?").param(key).query(BookingStore::booking)
                .optional();
    }

    Optional<Booking> byPerson(long slotId, long personId) {
        return jdbc.sql(BOOKING + " FROM booking b WHERE b.slot_id = ? AND b.person_id = ?").params(slotId, personId)
                .query(BookingStore::booking).optional();
    }

    Optional<Booking> byHoldKey(String holdKey) {
        return jdbc.sql(BOOKING + " FROM booking b WHERE b.hold_key = ?").param(holdKey).query(BookingStore::booking)
                .optional();
    }

    Optional<Booking> booking(long id) {
        return jdbc.sql(BOOKING + " FROM booking b WHERE b.id = ?").param(id).query(BookingStore::booking).optional();
    }

    /** A new booking; its hold key is {@code BOOKING:<id>}, set in the same statement's transaction. */
    long insert(long slotId, long personId, String personName, String requestKey, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO booking (slot_id, person_id, person_name, status, request_key, attempt, hold_key, booked_by,
                  booked_at) VALUES (?, ?, ?, 'BOOKED', ?, 1, ?, ?, ?)""")
                .params(slotId, personId, personName, requestKey, "NEW:" + requestKey, by, DbTime.toDb(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE booking SET hold_key = ? WHERE id = ?").params(holdKey(id, 1), id).update();
        return id;
    }

    /** Books a cancelled booking again, with a new request key and a new hold key; false unless it was cancelled. */
    boolean bookAgain(long id, String requestKey, long by, Instant at) {
        return jdbc.sql("""
                UPDATE booking SET status = 'BOOKED', request_key = ?, attempt = attempt + 1,
                  hold_key = 'BOOKING:' || CAST(id AS VARCHAR(20)) || '-' || CAST(attempt + 1 AS VARCHAR(10)),
                  booked_by = ?, booked_at = ?, cancelled_at = NULL, cancel_reason = NULL, settled_by = NULL,
                  settled_at = NULL, reminded_at = NULL WHERE id = ? AND status = 'CANCELLED'""")
                .params(requestKey, by, DbTime.toDb(at), id).update() == 1;
    }

    static String holdKey(long bookingId, int attempt) {
        return "BOOKING:" + bookingId + (attempt > 1 ? "-" + attempt : "");
    }

    /** Moves a booking from one status to another; false unless it was in {@code from}. */
    boolean move(long id, Booking.Status from, Booking.Status to, Long by, Instant at) {
        return jdbc.sql("UPDATE booking SET status = ?, settled_by = ?, settled_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), by, DbTime.toDb(at), id, from.name()).update() == 1;
    }

    boolean cancel(long id, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE booking SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ? WHERE id = ?
                  AND status = 'BOOKED'""").params(DbTime.toDb(at), reason, id).update() == 1;
    }

    /** The slot's bookings, those taking a seat first, in the order they were made. */
    List<Booking> roster(long slotId) {
        return jdbc.sql(BOOKING + " FROM booking b WHERE b.slot_id = ? ORDER BY CASE b.status WHEN 'CANCELLED' THEN 1"
                + " ELSE 0 END, b.booked_at, b.id").param(slotId).query(BookingStore::booking).list();
    }

    List<Row> ofPerson(long personId) {
        return jdbc.sql(BOOKING + ", " + SLOT.substring("SELECT".length()) + " " + """
                 FROM booking b JOIN booking_slot s ON s.id = b.slot_id WHERE b.person_id = ?
                 ORDER BY s.slot_date DESC, s.start_time DESC, b.id DESC""").param(personId)
                .query(BookingStore::row).list();
    }

    /** Bookings on slots of {@code day} still booked and never reminded. */
    List<Long> dueReminders(LocalDate day) {
        return jdbc.sql("""
                SELECT b.id FROM booking b JOIN booking_slot s ON s.id = b.slot_id
                WHERE s.slot_date = ? AND s.state = 'OPEN' AND b.status = 'BOOKED' AND b.reminded_at IS NULL
                ORDER BY b.id""").param(day).query(Long.class).list();
    }

    /** Marks the booking reminded; false when it was already (another run, another node) or is no longer booked. */
    boolean markReminded(long id, Instant at) {
        return jdbc.sql("UPDATE booking SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL AND status = 'BOOKED'")
                .params(DbTime.toDb(at), id).update() == 1;
    }

    // ---- lists

    PageOf<Slot> slotPage(ListQuery query, Long venue, LocalDate today, LocalTime now) {
        SqlWhere where = slotWhere(query, venue, today, now);
        return ListPageStore.page(jdbc, query, slotCount(query, venue, today, now), SLOT, " FROM booking_slot s",
                where, BookingStore::slot);
    }

    long slotCount(ListQuery query, Long venue, LocalDate today, LocalTime now) {
        SqlWhere where = slotWhere(query, venue, today, now);
        return ListPageStore.count(jdbc, "FROM booking_slot s" + where.sql(), where.params());
    }

    Stream<Slot> allSlots(ListQuery query, Long venue, LocalDate today, LocalTime now) {
        SqlWhere where = slotWhere(query, venue, today, now);
        return jdbc.sql(SLOT + " FROM booking_slot s" + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(BookingStore::slot).stream();
    }

    private static SqlWhere slotWhere(ListQuery query, Long venue, LocalDate today, LocalTime now) {
        SqlWhere where = new SqlWhere().like(query.search(), "s.place", "s.venue_name")
                .withinDays("s.slot_date", query.date("from"), query.date("to"));
        String service = query.text("service");
        if (!service.isEmpty()) {
            where.and("s.service = :service").bind("service", service);
        }
        String ended = "(s.slot_date < :today OR (s.slot_date = :today AND s.end_time <= :now))";
        switch (query.text("state")) {
            case "UPCOMING" -> where.and("s.state = 'OPEN' AND NOT " + ended).bind("today", today).bind("now", now);
            case "ENDED" -> where.and("s.state = 'OPEN' AND " + ended).bind("today", today).bind("now", now);
            case "UNMARKED" -> where.and("s.state = 'OPEN' AND " + ended + " AND EXISTS (SELECT 1 FROM booking b"
                    + " WHERE b.slot_id = s.id AND b.status = 'BOOKED')").bind("today", today).bind("now", now);
            case "CANCELLED" -> where.and("s.state = 'CANCELLED'");
            default -> { }
        }
        if (venue != null) {
            where.and("s.venue_account = :venue").bind("venue", venue);
        }
        return where;
    }

    PageOf<Row> bookingPage(ListQuery query, Long personId) {
        SqlWhere where = bookingWhere(query, personId);
        return ListPageStore.page(jdbc, query, bookingCount(query, personId), BOOKING + ", "
                + SLOT.substring("SELECT".length()), " FROM booking b JOIN booking_slot s ON s.id = b.slot_id", where,
                BookingStore::row);
    }

    long bookingCount(ListQuery query, Long personId) {
        SqlWhere where = bookingWhere(query, personId);
        return ListPageStore.count(jdbc, "FROM booking b JOIN booking_slot s ON s.id = b.slot_id" + where.sql(),
                where.params());
    }

    Stream<Row> allBookings(ListQuery query, Long personId) {
        SqlWhere where = bookingWhere(query, personId);
        return jdbc.sql(BOOKING + ", " + SLOT.substring("SELECT".length())
                + " FROM booking b JOIN booking_slot s ON s.id = b.slot_id" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(BookingStore::row).stream();
    }

    private static SqlWhere bookingWhere(ListQuery query, Long personId) {
        SqlWhere where = new SqlWhere().like(query.search(), "b.person_name", "s.venue_name", "s.place")
                .withinDays("s.slot_date", query.date("from"), query.date("to"));
        String service = query.text("service");
        if (!service.isEmpty()) {
            where.and("s.service = :service").bind("service", service);
        }
        String status = query.text("status");
        if (!status.isEmpty()) {
            where.and("b.status = :status").bind("status", status);
        }
        if (personId != null) {
            where.and("b.person_id = :person").bind("person", personId);
        }
        return where;
    }

    /** Booked and not yet settled bookings on ended, open slots of the venue (all venues: null). */
    long unmarked(Long venue, LocalDate today, LocalTime now) {
        var sql = jdbc.sql("""
                SELECT COUNT(DISTINCT s.id) FROM booking_slot s JOIN booking b ON b.slot_id = s.id
                WHERE s.state = 'OPEN' AND b.status = 'BOOKED' AND (s.slot_date < :today OR (s.slot_date = :today
                  AND s.end_time <= :now))""" + (venue == null ? "" : " AND s.venue_account = :venue"))
                .param("today", today).param("now", now);
        return (venue == null ? sql : sql.param("venue", venue)).query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(booking(rs, n), slotColumns(rs, rs.getLong("slot_id")));
    }

    private static Slot slot(ResultSet rs, int n) throws SQLException {
        return slotColumns(rs, rs.getLong("id"));
    }

    private static Slot slotColumns(ResultSet rs, long id) throws SQLException {
        return new Slot(id, rs.getLong("venue_account"), rs.getString("venue_name"), rs.getString("service"),
                rs.getObject("slot_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), rs.getInt("capacity"), rs.getString("place"),
                rs.getString("bring"), Slot.State.valueOf(rs.getString("state")), rs.getString("slot_cancel_reason"),
                rs.getLong("booked"));
    }

    private static Booking booking(ResultSet rs, int n) throws SQLException {
        return new Booking(rs.getLong("id"), rs.getLong("slot_id"), rs.getLong("person_id"),
                rs.getString("person_name"), Booking.Status.valueOf(rs.getString("status")),
                rs.getString("request_key"), rs.getString("hold_key"), DbTime.instant(rs, "booked_at"),
                DbTime.instant(rs, "cancelled_at"), rs.getString("cancel_reason"), DbTime.instant(rs, "reminded_at"));
    }
}
