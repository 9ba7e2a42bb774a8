package cn.jiangxin.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When comments are accepted: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). A window of
 * “2025年3月11日至3月17日” in Asia/Shanghai opens at 2025-03-11T00:00+08:00 and closes at 2025-03-18T00:00+08:00, so
 * the last second of the last day counts and the next does not.
 */
public record CommentWindow(Instant opensAt, Instant closesAt) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum State {
        UPCOMING,
        OPEN,
        CLOSED
    }

    public CommentWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new cn.jiangxin.platform.RuleViolationException("closesAt", "截止时间必须晚于开始时间");
        }
    }

    /** Whole days in Asia/Shanghai, both inclusive, as government notices state them. */
    public static CommentWindow days(LocalDate first, LocalDate last) {
        return new CommentWindow(first.atStartOfDay(ZONE).toInstant(), last.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    public State stateAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.UPCOMING;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }

    public LocalDate firstDay() {
        return opensAt.atZone(ZONE).toLocalDate();
    }

    public java.time.LocalDateTime opensLocal() {
        return opensAt.atZone(ZONE).toLocalDateTime();
    }

    public java.time.LocalDateTime closesLocal() {
        return closesAt.atZone(ZONE).toLocalDateTime();
    }

    /** Whether the window ends exactly at a midnight in Beijing, i.e. at the end of {@link #lastDay()}. */
    public boolean closesAtEndOfDay() {
        return closesLocal().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    /** The last day on which comments are accepted. */
    public LocalDate lastDay() {
        return closesAt.minusNanos(1).atZone(ZONE).toLocalDate();
    }
}
