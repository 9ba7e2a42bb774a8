package cn.jiangxin.benefit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.policy.PolicyTerms.Measure;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.SupportPeriod;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, on certification, every measure the certifying policy version lists, valid for the support period, and
 * opens a usage counter per support year for each service. A redelivered event grants nothing twice: the database
 * keeps one entitlement per certification and measure.
 */
@Component
class EntitlementGrants {

    private final EntitlementStore store;
    private final PolicyVersions versions;
    private final AuditTrail audit;
    private final Clock clock;

    EntitlementGrants(EntitlementStore store, PolicyVersions versions, AuditTrail audit, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TalentCertified event) {
        grant(event);
    }

    /** Answers the codes granted now (empty when the certification had them all already). */
    @Transactional
    List<String> grant(TalentCertified event) {
        PolicyVersion version = versions.published(event.policyVersion()).orElseThrow(
                () -> new IllegalStateException("policy version " + event.policyVersion() + " is not published"));
        SupportPeriod period = event.supportPeriod();
        List<String> granted = new ArrayList<>();
        for (Measure measure : version.terms().measures()) {
            if (!store.grantIfAbsent(event, measure, clock.instant())) {
                continue;
            }
            granted.add(measure.code());
            if (measure.quotaPerYear() != null) {
                long id = store.idOf(event.certificationId(), measure.code());
                period.years().forEach(y -> store.openYear(id, y.number(), measure.quotaPerYear()));
            }
        }
        if (!granted.isEmpty()) {
            audit.recordChange("ENTITLEMENTS_GRANTED", "certification", event.certificationId(),
                    "person=" + event.personId() + " version=" + version.code() + " until=" + period.lastDay()
                            + " codes=" + String.join(",", granted));
        }
        return granted;
    }
}
