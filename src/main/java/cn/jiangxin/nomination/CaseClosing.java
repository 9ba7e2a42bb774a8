package cn.jiangxin.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.certification.CertificationRequest;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.QualifyingAchievement;
import cn.jiangxin.notice.CaseNotices;
import org.springframework.stereotype.Component;

/**
 * How a case on public notice is closed: the facts the workflow's OPEN_NOTICE, CERTIFY and REJECT guards read
 * (listed in a notice, period over, objections open or upheld, the certification rules' refusal), and the
 * certification that goes with CERTIFY.
 */
@Component
class CaseClosing {

    private final CaseNotices notices;
    private final Certifications certifications;
    private final AchievementWords words;
    private final RecordedHonours honours;
    private final Clock clock;

    CaseClosing(CaseNotices notices, Certifications certifications, AchievementWords words, RecordedHonours honours,
            Clock clock) {
        this.honours = honours;
        this.notices = notices;
        this.certifications = certifications;
        this.words = words;
        this.clock = clock;
    }

    /**
     * The notice facts; once the notice of a case on notice is over with every objection handled and none upheld,
     * also whether the certification rules would refuse its person today (the ground to reject it then).
     */
    CaseFacts facts(NominationView n) {
        var period = notices.periodOf(n.id());
        var counts = notices.objectionCounts(n.id());
        boolean over = period.map(p -> p.isOverOn(LocalDate.now(clock))).orElse(false);
        CaseFacts facts = CaseFacts.ofNotice(period.isPresent(), over, counts.open() > 0, counts.upheld() > 0);
        if (n.state() != NominationState.IN_PUBLIC_NOTICE || !over || counts.open() > 0 || counts.upheld() > 0) {
            return facts;
        }
        return facts.withCertificationRefusal(certifications.refusal(n.personId(), certificationDay(clock.instant()),
                qualifying(n)).orElse(null));
    }

    /**
     * Certifies the person of a case whose CERTIFY transition has just been stored (the case row is locked now, so an
     * objection filed meanwhile is seen); a refusal undoes the transition.
     */
    void certify(NominationView n, Transition t) {
        var counts = notices.objectionCounts(n.id());
        if (counts.open() > 0 || counts.upheld() > 0) {
            throw new TransitionRefusedException(null, "公示期间有尚未处理或成立的异议，不能认定");
        }
        certifications.certify(new CertificationRequest(n.personId(), n.id(), n.unitId(), n.draft().trainingUnitId(),
                certificationDay(t.at()), qualifying(n), t.actorAccountId()));
    }

    private LocalDate certificationDay(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** What a certification of the case would rest on: its achievements and the honours on the person's record. */
    List<QualifyingAchievement> qualifyingOf(NominationView n) {
        return qualifying(n);
    }

    private List<QualifyingAchievement> qualifying(NominationView n) {
        List<Achievement> all = new java.util.ArrayList<>(n.draft().achievements());
        all.addAll(honours.of(n.personId()));
        return all.stream().map(this::qualifying).toList();
    }

    private QualifyingAchievement qualifying(Achievement a) {
        return new QualifyingAchievement(QualifyingAchievement.Kind.valueOf(a.kind().name()), a.competition(),
                a.place(), a.honour(), name(a.studioLevel()), a.achievedOn(), a.description(), words.criterion(a));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
