package cn.jiangxin.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Beijing time, the Bureau's time zone: the application's {@link java.time.Clock} runs in it, and every date the policy
 * speaks of (the last day of a notice or a comment window, a support period) is a date in it. Code with a clock at
 * hand takes the zone from the clock; value types without one use {@link #ZONE}. Moments are shown in it.
 */
public final class BeijingTime {

    /** The zone's name, for annotations that need a constant. */
    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private BeijingTime() {
    }

    /** The Beijing date of a moment, e.g. {@code 2026-05-01}; empty for none. */
    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    /** A moment to the minute, e.g. {@code 2026-05-01 10:00}; empty for none. */
    public static String dateTime(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    /** A moment to the second, e.g. {@code 2026-05-01 10:00:59}, as the audit log shows it; empty for none. */
    public static String dateTimeWithSeconds(Instant at) {
        return at == null ? "" : SECOND.format(at);
    }

    /** The first moment of a Beijing date, e.g. for "from this day" in a list filter. */
    public static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
