package cn.jiangxin.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.ChineseDate;

/**
 * When comments are accepted: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). A window of
 * “2025年3月11日至3月17日” in Asia/Shanghai opens at 2025-03-11T00:00+08:00 and closes at 2025-03-18T00:00+08:00, so
 * the last second of the last day counts and the next does not.
 */
public record CommentWindow(Instant opensAt, Instant closesAt) {

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
        return new CommentWindow(first.atStartOfDay(BeijingTime.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant());
    }

    public State stateAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return State.UPCOMING;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.CLOSED;
    }

    public LocalDate firstDay() {
        return opensAt.atZone(BeijingTime.ZONE).toLocalDate();
    }

    /** When the window opens, as a notice writes it: 2025年3月11日 00:00 (Beijing time). */
    public String opensInWords() {
        return ChineseDate.atMinute(opensAt.atZone(BeijingTime.ZONE).toLocalDateTime());
    }

    /**
     * When it closes, as a notice writes it: a window that ends with a whole day ends at 24:00 of that day
     * (2025年3月17日 24:00), any other at its minute (2025年3月17日 17:30).
     */
    public String closesInWords() {
        LocalDateTime closes = closesAt.atZone(BeijingTime.ZONE).toLocalDateTime();
        return closes.toLocalTime().equals(LocalTime.MIDNIGHT) ? ChineseDate.of(lastDay()) + " 24:00"
                : ChineseDate.atMinute(closes);
    }

    /** The last day on which comments are accepted. */
    public LocalDate lastDay() {
        return closesAt.minusNanos(1).atZone(BeijingTime.ZONE).toLocalDate();
    }
}
