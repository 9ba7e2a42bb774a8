package cn.jiangxin.consultation;

import java.time.Clock;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compiles and publishes the feedback report. */
@Service
class FeedbackReports {

    private final Consultations consultations;
    private final CommentDesk comments;
    private final ConsultationStore store;
    private final Clock clock;
    private final AuditTrail audit;

    FeedbackReports(Consultations consultations, CommentDesk comments, ConsultationStore store, Clock clock, AuditTrail audit) {
        this.consultations = consultations;
        this.comments = comments;
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    public FeedbackReport compile(long consultationId) {
        ConsultationView c = consultations.get(consultationId);
        return FeedbackReport.of(c, comments.of(consultationId));
    }

    /** The public sees a report only once staff have published it. */
    public FeedbackReport published(long consultationId) {
        ConsultationView c = consultations.getPublic(consultationId);
        if (!c.reportPublished()) {
            throw new NotFoundException("feedback report " + consultationId);
        }
        return FeedbackReport.of(c, comments.of(consultationId));
    }

    @Transactional
    public void publish(long consultationId, String summary, String staff) {
        FeedbackReport report = compile(consultationId);
        if (report.unclassified() > 0) {
            throw new RuleViolationException("summary", "还有" + report.unclassified() + "条意见未确定采纳情况，不能公布");
        }
        String text = cn.jiangxin.platform.PlainText.optional("summary", summary, 4000, "总体说明");
        store.publishReport(consultationId, text, clock.instant());
        audit.recordChange("FEEDBACK_REPORT_PUBLISHED", "consultation", consultationId, "comments=" + report.total());
    }
}
