package cn.jiangxin.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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

    private final AuditStore store;
    private final Clock clock;

    AuditTrail(AuditStore store, Clock clock) {
        this.store = store;
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
        return store.latest(actor == null ? "" : actor.strip(), objectType == null ? "" : objectType.strip(),
                objectId == null ? "" : objectId.strip(), Math.max(1, Math.min(500, limit)));
    }

    private void append(AuditEvent event) {
        AuditStore.Head head = store.lockHead();
        long id = head.lastId() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.link(head.lastHash(), id, at, event);
        store.append(new AuditStore.ChainedEntry(id, at, event, head.lastHash(), hash));
    }
}
