package cn.jiangxin.notice;

import java.time.Instant;

/**
 * An objection as Bureau staff see it, with the objector's contact (never shown publicly) and, once resolved, the
 * outcome, reason, approver and time. {@code personName} is the case's name as published.
 */
record ObjectionView(long id, long batchId, long nominationId, String personName, String receiptNo,
        String body, String objectorName, String contact, Instant receivedAt, ObjectionOutcome outcome,
        String outcomeReason, Long resolvedBy, Instant resolvedAt) {

    public boolean isOpen() {
        return outcome == null;
    }

    @Override
    public String toString() {
        return "ObjectionView[" + receiptNo + " case=" + nominationId + " outcome=" + outcome + "]";
    }
}
