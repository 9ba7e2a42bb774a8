package cn.jiangxin.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.policy.SupportPeriod;
import cn.jiangxin.unit.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification module's API. {@link #certify} is called by the nomination module in the transaction of a case's
 * CERTIFY transition, so a refusal here undoes the transition; the stored certification is announced as
 * {@link TalentCertified}.
 */
@Service
public class Certifications {

    private final CertificationStore store;
    private final PolicyVersions policies;
    private final People people;
    private final Units units;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RevocationStore revocations;

    Certifications(RevocationStore revocations, CertificationStore store, PolicyVersions policies, People people, Units units, Clock clock,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.revocations = revocations;
        this.store = store;
        this.policies = policies;
        this.people = people;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Certifies under the policy version in force on the certification date: the support period, one active
     * certification per person, the renewal rule.
     *
     * @throws RuleViolationException when the person may not be certified now
     */
    @Transactional
    public Certification certify(CertificationRequest r) {
        PolicyVersion version = policies.inForceOn(r.certifiedOn()).orElseThrow(() -> new RuleViolationException(
                ChineseDate.of(r.certifiedOn()) + "没有生效的政策版本，不能认定"));
        List<Certification> earlier = store.ofPerson(r.personId());
        refusal(earlier, version, r.certifiedOn(), r.achievements()).ifPresent(why -> {
            throw new RuleViolationException(why);
        });
        var person = people.find(r.personId()).orElseThrow(() -> new NotFoundException("person " + r.personId()));
        var unit = units.find(r.unitId()).orElseThrow(() -> new NotFoundException("unit " + r.unitId()));
        SupportPeriod period = version.terms().supportPeriodFrom(r.certifiedOn());
        String criterion = r.achievements().stream().map(QualifyingAchievement::wording)
                .collect(Collectors.joining("；"));
        int seq = earlier.size() + 1;
        long id = insert(new CertificationStore.Row(r.personId(), seq, r.nominationId(), r.unitId(), r.trainingUnit(),
                person.name(), unit.name(), criterion, version.code(), period, VerificationCode.random(),
                r.certifiedBy(), clock.instant()));
        Certification stored = store.find(id).orElseThrow();
        audit.recordChange("TALENT_CERTIFIED", "certification", id, "person=" + r.personId() + " nomination="
                + r.nominationId() + " period=" + period.start() + ".." + period.lastDay() + " policy=" + version.code());
        events.publishEvent(new TalentCertified(id, r.personId(), r.nominationId(), r.unitId(), version.code(),
                period.start(), period.endExclusive(), r.achievements().stream()
                        .filter(QualifyingAchievement::isWorldSkillsGold)
                        .map(a -> new TalentCertified.WorldSkillsGold(
                                TalentCertified.WorldSkillsGold.keyOf(r.personId(), a.achievedOn()), a.achievedOn(),
                                a.description(), r.trainingUnit()))
                        .toList()));
        return stored;
    }

    /**
     * Why the person may not be certified on {@code day} with these achievements, if so: an active certification, or
     * the renewal rule after an ended one. Empty also when no policy version is in force that day: that stops
     * {@link #certify} too, but is the policy's gap, not the person's.
     */
    public Optional<String> refusal(long personId, LocalDate day, List<QualifyingAchievement> achievements) {
        return policies.inForceOn(day).flatMap(version -> refusal(store.ofPerson(personId), version, day, achievements));
    }

    private static Optional<String> refusal(List<Certification> earlier, PolicyVersion version, LocalDate day,
            List<QualifyingAchievement> achievements) {
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Certification previous = earlier.get(0);
        if (previous.supportEndExclusive().isAfter(day)) {
            return Optional.of("该人员已有认定，支持期至" + ChineseDate.of(previous.supportLastDay()) + "，期满前不能再次认定");
        }
        return RenewalRule.of(version.terms().renewalRule(), version.code()).refusal(previous, achievements);
    }

    private long insert(CertificationStore.Row row) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Long> id = store.insert(row);
            if (id.isPresent()) {
                return id.get();
            }
            if (store.seqTaken(row.personId(), row.personSeq())) {
                throw new RuleViolationException("该人员的另一案件刚刚完成认定，不能重复认定，请刷新页面查看");
            }
            row = row.withVerificationCode(VerificationCode.random());
        }
        throw new IllegalStateException("certification of nomination " + row.nominationId() + " could not be stored");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Certification> ofNomination(long nominationId) {
        return store.byNomination(nominationId);
    }

    /** A person's certifications, latest first. */
    public List<Certification> ofPerson(long personId) {
        return store.ofPerson(personId);
    }

    /** The certification whose support period includes {@code day}, if any, unless it was revoked by that day. */
    public Optional<Certification> activeOn(long personId, LocalDate day) {
        return store.ofPerson(personId).stream().filter(c -> c.activeOn(day)).findFirst()
                .filter(c -> revocations.of(c.id()).filter(r -> r.since().isBefore(
                        cn.jiangxin.platform.BeijingTime.startOf(day.plusDays(1)))).isEmpty());
    }

    /** Every certification whose support period includes {@code day}: the active leading talents of that day. */
    public List<Certification> activeOn(LocalDate day) {
        return store.activeOn(day, null);
    }

    /** The active leading talents of {@code day} that unit {@code unitId} nominated. */
    public List<Certification> activeOn(LocalDate day, long unitId) {
        return store.activeOn(day, unitId);
    }

    /** A certification by id, for Bureau work that has already checked who may see it. */
    public Optional<Certification> find(long id) {
        return store.find(id);
    }

    /** What a third party sees by the code of a certificate. */
    public Optional<Certification> verify(String typedCode) {
        return VerificationCode.read(typedCode).flatMap(store::byCode);
    }

    /**
     * The certification, for its talent, an officer of the nominating unit or Bureau staff.
     *
     * @throws NotFoundException for anyone else
     */
    public Certification requireVisible(CurrentUser user, long id) {
        return store.find(id).filter(c -> user.person().filter(p -> p == c.personId()).isPresent()
                || user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == c.unitId()).isPresent()
                || user.seesAllUnits()).orElseThrow(() -> new NotFoundException("certification " + id));
    }
}
