package cn.jiangxin.invitation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate as staff see it on a list's page: the entry and person, the person's unit, the achievement in words,
 * the status with the deciding rule and the reason, the policy version used, and its invitation (with the nomination
 * case once the unit confirmed) or the reason it was dismissed.
 */
record CandidateRow(long id, long entryId, long listId, long personId, String personName, long unitId,
        String unitName, String competition, Integer place, LocalDate achievedOn, String achievement,
        CandidateStatus status, String rule, String reason, String policyVersion, Instant evaluatedAt,
        String dismissReason, Long invitationId, Long nominationId, String declineReason) {

    public boolean invitable() {
        return status == CandidateStatus.CANDIDATE;
    }
}
