package cn.jiangxin.nomination;

import java.time.Clock;
import java.time.LocalDate;

import cn.jiangxin.certification.CertificationRequest;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.QualifyingAchievement;
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
    private final AchievementWords words;
    private final Clock clock;

    CaseClosing(NoticeStore notices, ObjectionStore objections, Certifications certifications, AchievementWords words,
            Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.certifications = certifications;
        this.words = words;
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
        certifications.certify(new CertificationRequest(n.personId(), n.id(), n.unitId(), n.draft().trainingUnitId(),
                LocalDate.ofInstant(t.at(), clock.getZone()), n.draft().achievements().stream().map(this::qualifying)
                        .toList(), t.actorAccountId()));
    }

    private QualifyingAchievement qualifying(Achievement a) {
        return new QualifyingAchievement(QualifyingAchievement.Kind.valueOf(a.kind().name()), a.competition(),
                a.place(), a.honour(), name(a.studioLevel()), a.achievedOn(), a.description(), words.criterion(a));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
