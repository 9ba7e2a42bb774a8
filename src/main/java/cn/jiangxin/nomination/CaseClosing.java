package cn.jiangxin.nomination;

import java.time.Clock;
import java.time.LocalDate;

import cn.jiangxin.certification.CertificationRequest;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.stereotype.Component;

/**
 * How a case on public notice is closed: the facts the workflow's OPEN_NOTICE, CERTIFY and REJECT guards read
 * (listed in a notice, period over, objections open or upheld), and the certification that goes with CERTIFY.
 */
@Component
class CaseClosing {

    private final NoticeStore notices;
    private final ObjectionStore objections;
    private final Certifications certifications;
    private final CriterionWords words;
    private final PolicyVersions policies;
    private final Clock clock;

    CaseClosing(NoticeStore notices, ObjectionStore objections, Certifications certifications, CriterionWords words,
            PolicyVersions policies, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.certifications = certifications;
        this.words = words;
        this.policies = policies;
        this.clock = clock;
    }

    CaseFacts facts(NominationView n) {
        var period = notices.periodOf(n.id());
        var counts = objections.counts(n.id());
        return CaseFacts.ofNotice(period.isPresent(), period.map(p -> p.isOverOn(LocalDate.now(clock))).orElse(false),
                counts.open() > 0, counts.upheld() > 0);
    }

    /**
     * Certifies the person of a case whose CERTIFY transition has just been stored (the case row is locked now, so an
     * objection filed meanwhile is seen); a refusal undoes the transition.
     */
    void certify(NominationView n, Transition t) {
        var counts = objections.counts(n.id());
        if (counts.open() > 0 || counts.upheld() > 0) {
            throw new TransitionRefusedException(null, "公示期间有尚未处理或成立的异议，不能认定");
        }
        LocalDate on = LocalDate.ofInstant(t.at(), NoticePeriod.ZONE);
        var terms = policies.inForceOn(on).map(PolicyVersion::terms).orElse(null);
        // TODO use n.draft().trainingUnitId() once NominationDraft names the training unit by id (lead, on main)
        Long trainingUnitId = null;
        certifications.certify(new CertificationRequest(n.personId(), n.id(), n.unitId(), trainingUnitId, on,
                n.draft().achievements().stream().map(a -> words.qualifying(a, terms)).toList(), t.actorAccountId()));
    }
}
