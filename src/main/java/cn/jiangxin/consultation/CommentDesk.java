package cn.jiangxin.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.PublicForms;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes comments in: from the public page inside the window, and from the other channels through staff. */
@Service
class CommentDesk {

    static final int MAX_BODY = 2000;

    private final Consultations consultations;
    private final CommentStore store;
    private final Clock clock;
    private final AuditTrail audit;

    CommentDesk(Consultations consultations, CommentStore store, Clock clock, AuditTrail audit) {
        this.consultations = consultations;
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    public record PublicComment(long consultationId, Long articleId, String name, String contact, String body,
            String submissionKey, String clientKey) {
    }

    public record RecordedComment(long consultationId, Long articleId, ChannelKind channel, String name,
            String contact, String body, LocalDate receivedOn, String submissionKey) {
    }

    /** Returns the receipt number; the same submission key always gets the same receipt. */
    @Transactional
    public String submit(PublicComment c) {
        ConsultationView consultation = consultations.getPublic(c.consultationId());
        Optional<String> earlier = store.receiptFor(c.consultationId(), key(c.submissionKey()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        switch (consultation.stateAt(now)) {
            case UPCOMING -> throw new RuleViolationException("body", "征求意见尚未开始，将于"
                    + consultation.window().firstDay() + "开始接收意见");
            case CLOSED -> throw new RuleViolationException("body", "征求意见已于"
                    + consultation.window().lastDay() + "截止，不再接收意见");
            case OPEN -> { }
        }
        PublicForms.limitRate("body", now, since -> store.recentFrom(c.clientKey(), since));
        Long article = articleOf(consultation, c.articleId());
        var row = new CommentStore.Row(c.consultationId(), article, ChannelKind.WEBSITE,
                PlainText.optional("name", c.name(), 50, "姓名"),
                PlainText.optional("contact", c.contact(), 100, "联系方式"), body(c.body()),
                LocalDate.ofInstant(now, clock.getZone()), now, null, c.clientKey(), key(c.submissionKey()));
        return insertWithReceipt(row);
    }

    @Transactional
    public String record(RecordedComment c, String staff) {
        ConsultationView consultation = consultations.get(c.consultationId());
        Optional<String> earlier = store.receiptFor(c.consultationId(), key(c.submissionKey()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (c.channel() == null) {
            throw new RuleViolationException("channel", "请选择意见来源渠道");
        }
        if (c.receivedOn() == null) {
            throw new RuleViolationException("receivedOn", "请填写收到日期（信件以邮戳日期为准）");
        }
        if (c.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("receivedOn", "收到日期不能晚于今天");
        }
        Long article = articleOf(consultation, c.articleId());
        var row = new CommentStore.Row(c.consultationId(), article, c.channel(),
                PlainText.optional("name", c.name(), 50, "姓名"),
                PlainText.optional("contact", c.contact(), 100, "联系方式"), body(c.body()),
                c.receivedOn(), clock.instant(), staff, null, key(c.submissionKey()));
        String receipt = insertWithReceipt(row);
        audit.recordChange("COMMENT_RECORDED", "consultation_comment", receipt, c.channel().name());
        return receipt;
    }

    @Transactional
    public void classify(long commentId, CommentOutcome outcome, String reason, String staff) {
        CommentView comment = store.get(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (outcome == null) {
            throw new RuleViolationException("outcome", "请选择采纳情况");
        }
        String why = PlainText.optional("reason", reason, 1000, "理由");
        if (outcome != CommentOutcome.ADOPTED && why.isEmpty()) {
            throw new RuleViolationException("reason", "部分采纳或不予采纳时，请写明理由");
        }
        store.classify(commentId, outcome, why, staff, clock.instant());
        audit.recordChange("COMMENT_CLASSIFIED", "consultation_comment", comment.receiptNo(), outcome.name());
    }

    public List<CommentView> of(long consultationId) {
        return store.of(consultationId);
    }

    public Optional<CommentView> byReceipt(String receiptNo) {
        return store.byReceipt(receiptNo == null ? "" : receiptNo.strip().toUpperCase());
    }

    private String insertWithReceipt(CommentStore.Row row) {
        return PublicForms.storeWithReceipt("YJ", row.receivedOn(), receipt -> store.insert(row, receipt),
                () -> store.receiptFor(row.consultationId(), row.submissionKey()));
    }

    private static String body(String raw) {
        return PlainText.required("body", raw, MAX_BODY, "意见内容");
    }

    private static Long articleOf(ConsultationView consultation, Long articleId) {
        if (articleId == null) {
            return null;
        }
        return consultation.article(articleId).map(ConsultationView.Article::id)
                .orElseThrow(() -> new RuleViolationException("articleId", "所选条款不属于本次征求意见"));
    }

    private static String key(String submissionKey) {
        return PublicForms.formToken("body", submissionKey);
    }
}
