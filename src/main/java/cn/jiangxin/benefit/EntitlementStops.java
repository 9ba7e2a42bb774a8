package cn.jiangxin.benefit;

import java.time.Clock;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.CertificationRevoked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stops the entitlements of a certification that was revoked or ended early: each still active one is marked lapsed
 * (audited), so no venue records a use of it any more. A redelivered event stops nothing twice.
 */
@Component
class EntitlementStops {

    private final EntitlementStore store;
    private final AuditTrail audit;
    private final Clock clock;

    EntitlementStops(EntitlementStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CertificationRevoked e) {
        for (long id : store.stopOfCertification(e.certificationId(), clock.instant())) {
            audit.recordChange("ENTITLEMENT_STOPPED", "entitlement", id, "certification=" + e.certificationId()
                    + " " + e.kind() + " " + e.certificateNo());
        }
    }
}
