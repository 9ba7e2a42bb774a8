package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's verification of one achievement against its evidence: confirmed, or not confirmed with a note saying
 * why. Cleared whenever the unit saves the form again, so a resubmitted case is verified afresh.
 */
public record AchievementCheck(int index, Outcome outcome, String note, long checkedBy, Instant checkedAt) {

    public enum Outcome { CONFIRMED, NOT_CONFIRMED }

    static final int MAX_NOTE = 500;

    public AchievementCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(checkedAt, "checkedAt");
        note = note == null ? "" : note.strip();
        if (outcome == Outcome.NOT_CONFIRMED && note.isEmpty()) {
            throw new cn.jiangxin.platform.RuleViolationException("note", "第" + (index + 1) + "项业绩：不属实时须写明原因");
        }
        if (note.length() > MAX_NOTE) {
            throw new cn.jiangxin.platform.RuleViolationException("note", "核实意见不能超过" + MAX_NOTE + "字");
        }
    }

    public boolean confirmed() {
        return outcome == Outcome.CONFIRMED;
    }
}
