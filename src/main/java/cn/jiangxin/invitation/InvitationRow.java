package cn.jiangxin.invitation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invitation as the unit's officers see it: the person, the achievement in words with the competition and place
 * (or the honour code, or the studio level) and date, the candidate's reason, the list's entry it rests on, its state, and the case opened or the reason declined.
 */
record InvitationRow(long id, long candidateId, long entryId, long listId, long personId, String personName,
        long unitId, String unitName, String competition, String honour, String studioLevel, Integer place, LocalDate achievedOn, String achievement,
        String reason, State state, Instant invitedAt, Long nominationId, String declineReason) {

    enum State { OPEN, ACCEPTED, DECLINED }

    public boolean open() {
        return state == State.OPEN;
    }
}
