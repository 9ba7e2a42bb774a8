package cn.jiangxin.consultation;

import java.time.Instant;
import java.time.LocalDate;

/** A comment with what staff decided about it. Name and contact are never shown to the public. */
record CommentView(long id, long consultationId, String receiptNo, Long articleId, ChannelKind channel,
        String authorName, String contact, String body, LocalDate receivedOn, Instant recordedAt,
        CommentOutcome outcome, String outcomeReason) {

    public boolean classified() {
        return outcome != null;
    }
}
