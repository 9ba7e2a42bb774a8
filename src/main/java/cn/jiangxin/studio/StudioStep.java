package cn.jiangxin.studio;

import java.time.Instant;

/** One step of a studio's application or life: what was done, by whom (account and name), why and when. */
record StudioStep(long id, long studioId, Action action, long accountId, String actorName, String reason,
        Instant takenAt) {

    /** The steps; a reviewer's steps are the ones four-eyes reads. */
    enum Action {
        SUBMITTED, RESUBMITTED, PASSED, RETURNED, SENT_BACK, NAMED, REJECTED, REVOKED, ASSESSMENT_SCHEDULED, ASSESSMENT_SCORED, ASSESSMENT_SENT_BACK, ASSESSMENT_CONFIRMED;

        boolean byReviewer() {
            return this == PASSED || this == RETURNED;
        }
    }
}
