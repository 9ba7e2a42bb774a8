package cn.jiangxin.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log. {@link #record} joins the caller's transaction, so a state change and its entry commit
 * or roll back together; {@link #recordIndependently} commits at once, for reads and refusals that must be kept even
 * when the request then fails.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        append(event);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEvent event) {
        append(event);
    }

    /** A successful change by the signed-in user (or {@code system} when none), in the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordChange(String action, String objectType, Object objectId, String detail) {
        append(new AuditEvent(signedIn(), action, objectType, String.valueOf(objectId), AuditEvent.Outcome.SUCCESS,
                detail));
    }

    static String signedIn() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    public List<AuditRecord> latest(String actor, String objectType, String objectId, int limit) {
        return jdbc.sql("""
                SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail FROM audit_entry
                WHERE (:actor = '' OR actor = :actor) AND (:type = '' OR object_type = :type)
                  AND (:oid = '' OR object_id = :oid)
                ORDER BY id DESC LIMIT :limit""")
                .param("actor", actor == null ? "" : actor.strip())
                .param("type", objectType == null ? "" : objectType.strip())
                .param("oid", objectId == null ? "" : objectId.strip())
                .param("limit", Math.max(1, Math.min(500, limit)))
                .query((rs, n) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    private void append(AuditEvent event) {
        var head = jdbc.sql("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long id = (Long) head[0] + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.link((String) head[1], id, at, event);
        jdbc.sql("""
                INSERT INTO audit_entry (id, recorded_at, actor, action, object_type, object_id, outcome, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, at.atOffset(ZoneOffset.UTC), event.actor(), event.action(), event.objectType(),
                        event.objectId(), event.outcome().name(), event.detail(), head[1], hash)
                .update();
        jdbc.sql("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE singleton = 1").params(id, hash).update();
    }
}
