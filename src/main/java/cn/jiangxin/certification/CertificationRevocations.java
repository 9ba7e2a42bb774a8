package cn.jiangxin.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revoking a certification or ending it early (approvers and system administrators, with a reason, audited,
 * announced as {@link CertificationRevoked}), and the revocation list as it stands in the database: every node
 * reads it there, so a revocation counts on all nodes from its commit, with no cache to go stale.
 */
@Service
public class CertificationRevocations {

    private static final int REASON_MAX = 500;

    private final RevocationStore store;
    private final CertificationStore certifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationRevocations(RevocationStore store, CertificationStore certifications, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.certifications = certifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException      when there is no such certification
     * @throws RuleViolationException without a reason, when the support period is already over, or when the
     *                                certification was revoked before
     */
    @Transactional
    public Revocation revoke(CurrentUser by, long certificationId, RevocationKind kind, String reason) {
        if (!by.has(Role.APPROVER) && !by.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("only approvers and system administrators revoke certifications");
        }
        Certification c = certifications.find(certificationId)
                .orElseThrow(() -> new NotFoundException("certification " + certificationId));
        String why = reason == null ? "" : reason.strip();
        if (kind == null) {
            throw new RuleViolationException("kind", "请选择撤销认定或提前终止");
        }
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new RuleViolationException("reason", "请填写原因（不超过500字）");
        }
        Instant now = clock.instant();
        if (!c.supportEndExclusive().isAfter(java.time.LocalDate.now(clock))) {
            throw new RuleViolationException("kind", "该认定的支持期已结束，无需撤销或终止");
        }
        if (!store.insert(certificationId, kind, why, now, by.accountId())) {
            throw new RuleViolationException("kind", "该认定已于" + cn.jiangxin.platform.BeijingTime.dateTime(
                    store.of(certificationId).orElseThrow().since()) + "撤销或终止，不能重复操作");
        }
        audit.recordChange(kind == RevocationKind.REVOKED ? "CERTIFICATION_REVOKED" : "CERTIFICATION_ENDED_EARLY",
                "certification", certificationId, c.certificateNo() + " " + why);
        events.publishEvent(new CertificationRevoked(certificationId, c.personId(), c.certificateNo(), kind, why, now));
        return store.of(certificationId).orElseThrow();
    }

    public Optional<Revocation> of(long certificationId) {
        return store.of(certificationId);
    }

    /** The revocation of the certificate with this number, when it is revoked (as the number is printed). */
    public Optional<Revocation> ofCertificateNo(String certificateNo) {
        return Certification.idOf(certificateNo).flatMap(store::of)
                .filter(r -> r.certificateNo().equals(certificateNo));
    }

    /** The revocation list now: every certificate whose card must be refused. */
    public List<Revocation> list() {
        return store.asOf(clock.instant());
    }
}
