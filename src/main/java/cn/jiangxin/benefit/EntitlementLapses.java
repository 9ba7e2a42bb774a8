package cn.jiangxin.benefit;

import java.time.Clock;
import java.time.LocalDate;

import cn.jiangxin.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks entitlements lapsed once their support period has ended, each in its own transaction with its audit entry.
 * The update only takes a row that is still active, so runs that overlap (two nodes, a retry) lapse each row once.
 */
@Component
class EntitlementLapses {

    private final EntitlementStore store;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    EntitlementLapses(EntitlementStore store, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Lapses every entitlement whose period ended before {@code today}; answers how many this call lapsed. */
    int lapseDue(LocalDate today) {
        int lapsed = 0;
        for (long id : store.dueForLapse(today)) {
            if (Boolean.TRUE.equals(tx.execute(s -> lapse(id, today)))) {
                lapsed++;
            }
        }
        return lapsed;
    }

    private boolean lapse(long id, LocalDate today) {
        if (!store.lapse(id, today, clock.instant())) {
            return false;
        }
        StoredEntitlement e = store.find(id).orElseThrow();
        audit.recordChange("ENTITLEMENT_LAPSED", "entitlement", id, "person=" + e.personId() + " code=" + e.code()
                + " lastDay=" + e.period().lastDay());
        return true;
    }
}
