package cn.jiangxin.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes comments in: from the public page inside the window, and from the other channels through staff. */
@Service
public class CommentDesk {

    static final int MAX_PER_CLIENT = 5;
    static final Duration RATE_WINDOW = Duration.ofMinutes(10);
    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final Consultations consultations;
    private final CommentStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    CommentDesk(JdbcClient jdbc, Consultations consultations, CommentStore store, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
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
        if (store.recentFrom(c.clientKey(), now.minus(RATE_WINDOW)) >= MAX_PER_CLIENT) {
            throw new RuleViolationException("body", "您提交得太频繁了，请10分钟后再试");
        }
        Long article = articleOf(consultation, c.articleId());
        var row = new CommentStore.Row(c.consultationId(), article, ChannelKind.WEBSITE,
                CommentText.optional("name", c.name(), 50, "姓名"),
                CommentText.optional("contact", c.contact(), 100, "联系方式"), CommentText.body(c.body()),
                now.atZone(CommentWindow.ZONE).toLocalDate(), now, null, c.clientKey(), key(c.submissionKey()));
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
        if (c.receivedOn().isAfter(LocalDate.now(clock.withZone(CommentWindow.ZONE)))) {
            throw new RuleViolationException("receivedOn", "收到日期不能晚于今天");
        }
        Long article = articleOf(consultation, c.articleId());
        var row = new CommentStore.Row(c.consultationId(), article, c.channel(),
                CommentText.optional("name", c.name(), 50, "姓名"),
                CommentText.optional("contact", c.contact(), 100, "联系方式"), CommentText.body(c.body()),
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
        String why = CommentText.optional("reason", reason, 1000, "理由");
        if (outcome != CommentOutcome.ADOPTED && why.isEmpty()) {
            throw new RuleViolationException("reason", "部分采纳或不予采纳时，请写明理由");
        }
        jdbc.sql("""
                UPDATE consultation_comment SET outcome = ?, outcome_reason = ?, classified_by = ?, classified_at = ?
                WHERE id = ?""").params(outcome.name(), why, staff, Consultations.utc(clock.instant()), commentId).update();
        audit.recordChange("COMMENT_CLASSIFIED", "consultation_comment", comment.receiptNo(), outcome.name());
    }

    public List<CommentView> of(long consultationId) {
        return store.of(consultationId);
    }

    public Optional<CommentView> byReceipt(String receiptNo) {
        return store.byReceipt(receiptNo == null ? "" : receiptNo.strip().toUpperCase());
    }

    private String insertWithReceipt(CommentStore.Row row) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String receipt = receipt(row.receivedOn());
            if (store.insert(row, receipt)) {
                return receipt;
            }
            Optional<String> sameSubmission = store.receiptFor(row.consultationId(), row.submissionKey());
            if (sameSubmission.isPresent()) {
                return sameSubmission.get();
            }
        }
        throw new IllegalStateException("no free receipt number after 5 attempts");
    }

    private String receipt(LocalDate day) {
        StringBuilder sb = new StringBuilder("YJ").append(DAY.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static Long articleOf(ConsultationView consultation, Long articleId) {
        if (articleId == null) {
            return null;
        }
        return consultation.article(articleId).map(ConsultationView.Article::id)
                .orElseThrow(() -> new RuleViolationException("articleId", "所选条款不属于本次征求意见"));
    }

    private static String key(String submissionKey) {
        if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9-]{8,64}")) {
            throw new RuleViolationException("body", "表单已失效，请刷新页面后重新提交");
        }
        return submissionKey;
    }
}
