package cn.jiangxin.studio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Construction assessments (建设评估) of named studios: a reviewer scores the items of the version in force
 * ({@link AssessmentScheme}), a different approver confirms — or sends the scores back with a reason. Confirmation
 * fixes the grade and the funding from the scoring version's table and announces {@link StudioAssessed}, once: the
 * conditional UPDATE lets one confirmation through, and the database holds one assessment per studio and period.
 */
@Service
public class StudioAssessments {

    private final AssessmentStore store;
    private final StudioStore studios;
    private final PolicyVersions versions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    StudioAssessments(AssessmentStore store, StudioStore studios, PolicyVersions versions, AuditTrail audit,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.store = store;
        this.studios = studios;
        this.versions = versions;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BeijingTime.ZONE));
    }

    /** The scheme of the version in force today: what a reviewer scores now. */
    AssessmentScheme schemeToday() {
        PolicyVersion v = versions.inForceOn(today())
                .orElseThrow(() -> new RuleViolationException("studio.error.noPolicy"));
        return AssessmentScheme.of(v.code(), v.terms());
    }

    /** The scheme an assessment was scored under (a published version never changes). */
    AssessmentScheme schemeOf(Assessment a) {
        if (a.policyVersion() == null) {
            return schemeToday();
        }
        PolicyVersion v = versions.published(a.policyVersion())
                .orElseThrow(() -> new RuleViolationException("studio.error.noPolicy"));
        return AssessmentScheme.of(v.code(), v.terms());
    }

    /** A reviewer scores a scheduled assessment under the version in force: total, grade and funding as it stands. */
    @Transactional
    public void score(CurrentUser reviewer, long assessmentId, Map<String, Integer> scores) {
        if (!reviewer.has(Role.REVIEWER)) {
            throw new RuleViolationException("studio.error.role.REVIEWER");
        }
        Assessment a = lockedAssessment(assessmentId);
        if (a.state() != Assessment.State.SCHEDULED) {
            throw new RuleViolationException("studio.error.notScheduled");
        }
        AssessmentScheme scheme = schemeToday();
        AssessmentScheme.Result result = scheme.result(scores);
        if (!store.score(assessmentId, scheme.checked(scores), result, scheme.policyVersion(), reviewer.accountId(),
                clock.instant())) {
            throw new RuleViolationException("studio.error.notScheduled");
        }
        studios.step(a.studioId(), StudioStep.Action.ASSESSMENT_SCORED, reviewer.accountId(), reviewer.displayName(),
                a.period(), clock.instant());
        audit.recordChange("STUDIO_ASSESSMENT_SCORED", "studio_assessment", assessmentId, "studio=" + a.studioId()
                + " period=" + a.period() + " total=" + AssessmentScheme.points(result.totalTenths()) + " grade="
                + result.gradeCode() + " version=" + scheme.policyVersion());
    }

    /** The id of the studio's assessment for the period, if scheduled (the demo finds it). */
    public java.util.Optional<Long> idOf(long studioId, String period) {
        return store.ofStudio(studioId).stream().filter(a -> a.period().equals(period)).map(Assessment::id)
                .findFirst();
    }

    /** An approver sends scores back to the reviewers with the reason. */
    @Transactional
    public void sendBack(CurrentUser approver, long assessmentId, String reason) {
        if (!approver.has(Role.APPROVER)) {
            throw new RuleViolationException("studio.error.role.APPROVER");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Studios.MAX_REASON) {
            throw new RuleViolationException("reason", "studio.error.reason");
        }
        Assessment a = lockedAssessment(assessmentId);
        if (!store.sendBack(assessmentId, why)) {
            throw new RuleViolationException("studio.error.notScored");
        }
        studios.step(a.studioId(), StudioStep.Action.ASSESSMENT_SENT_BACK, approver.accountId(),
                approver.displayName(), why, clock.instant());
        audit.recordChange("STUDIO_ASSESSMENT_SENT_BACK", "studio_assessment", assessmentId, "studio="
                + a.studioId() + " period=" + a.period() + " reason=" + why);
    }

    /**
     * An approver who did not score it confirms a scored assessment of an active studio: the grade and funding are
     * those of the scores under the scoring version; announced as {@link StudioAssessed}, once.
     */
    @Transactional
    public StudioAssessed confirm(CurrentUser approver, long assessmentId) {
        if (!approver.has(Role.APPROVER)) {
            throw new RuleViolationException("studio.error.role.APPROVER");
        }
        Assessment a = lockedAssessment(assessmentId);
        FourEyes.onConfirmation(a, approver.accountId()).ifPresent(key -> {
            throw new RuleViolationException(key);
        });
        Studio s = studios.find(a.studioId()).orElseThrow();
        if (s.state() != StudioState.NAMED) {
            throw new RuleViolationException("studio.error.notActive");
        }
        if (a.state() != Assessment.State.SCORED) {
            throw new RuleViolationException("studio.error.notScored");
        }
        AssessmentScheme scheme = schemeOf(a);
        AssessmentScheme.Result result = scheme.result(a.scores());
        LocalDate today = today();
        if (!store.confirm(assessmentId, result, approver.accountId(), clock.instant(), today)) {
            throw new RuleViolationException("studio.error.notScored");
        }
        studios.step(a.studioId(), StudioStep.Action.ASSESSMENT_CONFIRMED, approver.accountId(),
                approver.displayName(), a.period(), clock.instant());
        audit.recordChange("STUDIO_ASSESSMENT_CONFIRMED", "studio_assessment", assessmentId, "studio=" + s.id()
                + " period=" + a.period() + " grade=" + result.gradeCode() + " fundingFen=" + result.fundingFen());
        StudioAssessed assessed = new StudioAssessed(assessmentId, s.id(), s.studioNumber(), s.name(), s.unitId(),
                a.period(), result.gradeCode(), gradeName(result.gradeCode()), result.fundingFen(),
                scheme.policyVersion(), today);
        events.publishEvent(assessed);
        return assessed;
    }

    /** The grade's Chinese name, as the event carries it. */
    String gradeName(String code) {
        return messages.getMessage("studio.grade." + code, null,
                messages.getMessage("policy.code." + code, null, code, Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE);
    }

    private Assessment lockedAssessment(long id) {
        Assessment a = store.find(id).orElseThrow(() -> new NotFoundException("studio assessment " + id));
        studios.lock(a.studioId());
        return store.find(id).orElseThrow();
    }
}
