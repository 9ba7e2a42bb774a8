package cn.jiangxin.benefit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holds of service uses, unique per key; a state changes only from the state the caller expects. */
@Repository
class ServiceHoldStore {

    private static final String COLUMNS = """
            SELECT h.id, h.entitlement_id, h.person_id, h.code, h.support_year, h.held_for, h.venue_account, h.hold_key, h.state,
                   u.used, u.quota FROM service_hold h
            JOIN entitlement_usage u ON u.entitlement_id = h.entitlement_id AND u.support_year = h.support_year""";

    private final JdbcClient jdbc;

    ServiceHoldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the hold unless its key exists; answers whether it inserted. */
    boolean insert(StoredEntitlement e, int supportYear, LocalDate heldFor, Long venueAccount, String key, Instant now) {
        return jdbc.sql("""
                INSERT INTO service_hold (entitlement_id, person_id, code, support_year, held_for, venue_account, hold_key,
                    state, held_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'HELD', ?) ON CONFLICT DO NOTHING""")
                .params(e.id(), e.personId(), e.code(), supportYear, heldFor, venueAccount, key, DbTime.toDb(now))
                .update() == 1;
    }

    Optional<ServiceHold> find(String key) {
        return jdbc.sql(COLUMNS + " WHERE h.hold_key = ?").param(key).query(ServiceHoldStore::row).optional();
    }

    /** The HELD holds of the person's service for the day at the venue, oldest first (not locked). */
    java.util.List<ServiceHold> due(long personId, String code, LocalDate on, long venueAccount) {
        return jdbc.sql(COLUMNS + " WHERE h.person_id = ? AND h.code = ? AND h.held_for = ? AND h.venue_account = ?"
                + " AND h.state = 'HELD' ORDER BY h.id").params(personId, code, on, venueAccount)
                .query(ServiceHoldStore::row).list();
    }

    /** Locks the hold's row, so that two changes of it run one after the other. */
    Optional<ServiceHold> lock(String key) {
        return jdbc.sql("SELECT id FROM service_hold WHERE hold_key = ? FOR UPDATE").param(key).query(Long.class)
                .optional().flatMap(id -> find(key));
    }

    /** Moves the hold from {@code from} to {@code to}; answers whether this call moved it. */
    boolean move(String key, ServiceHold.State from, ServiceHold.State to, Instant now) {
        return jdbc.sql("UPDATE service_hold SET state = ?, settled_at = ? WHERE hold_key = ? AND state = ?")
                .params(to.name(), DbTime.toDb(now), key, from.name()).update() == 1;
    }

    private static ServiceHold row(ResultSet rs, int n) throws SQLException {
        return new ServiceHold(rs.getLong("id"), rs.getLong("entitlement_id"), rs.getLong("person_id"),
                rs.getString("code"), rs.getInt("support_year"), rs.getObject("held_for", LocalDate.class),
                rs.getObject("venue_account", Long.class), rs.getString("hold_key"), ServiceHold.State.valueOf(rs.getString("state")), rs.getInt("used"),
                rs.getInt("quota"));
    }
}
