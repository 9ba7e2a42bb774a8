package cn.jiangxin.studio;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A studio as stored: the application (unit, leader, type, trade, members, premises, plan, evidence), whether it was
 * led by an active leading talent when submitted ({@code priority}), where it stands and, once named, its number and
 * naming date. {@code reason} is the last return, rejection or revocation reason.
 */
record Studio(long id, long unitId, String unitName, long leaderPersonId, String leaderName, String name,
        StudioType type, String trade, String members, String premises, String plan, String evidenceName,
        boolean priority, StudioState state, String reason, Instant submittedAt, String studioNumber,
        LocalDate namedOn, LocalDate revokedOn) {

    boolean active() {
        return state == StudioState.NAMED;
    }

    /** The name users know it by: the number once named, else the name. */
    String title() {
        return studioNumber == null ? name : studioNumber + " " + name;
    }
}
