package cn.jiangxin.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A booking as an iCalendar file (RFC 5545): one VEVENT with its times in UTC, text values escaped, every line ended
 * by CRLF and folded so that no line is longer than 75 octets (never inside a UTF-8 character).
 */
final class CalendarFile {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneId.of("UTC"));
    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    private CalendarFile() {
    }

    /** The event of a booking: its slot's time and place, what to bring, under a UID that stays the same. */
    static String of(String uid, Instant stamp, Instant start, Instant end, String summary, String location,
            String description) {
        CalendarFile f = new CalendarFile();
        f.line("BEGIN:VCALENDAR");
        f.line("VERSION:2.0");
        f.line("PRODID:-//Jiangxin//Bookings//ZH");
        f.line("CALSCALE:GREGORIAN");
        f.line("METHOD:PUBLISH");
        f.line("BEGIN:VEVENT");
        f.line("UID:" + uid);
        f.line("DTSTAMP:" + UTC.format(stamp));
        f.line("DTSTART:" + UTC.format(start));
        f.line("DTEND:" + UTC.format(end));
        f.line("SUMMARY:" + escape(summary));
        f.line("LOCATION:" + escape(location));
        f.line("DESCRIPTION:" + escape(description));
        f.line("END:VEVENT");
        f.line("END:VCALENDAR");
        return f.text.toString();
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String value) {
        String s = value == null ? "" : value;
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                text.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            text.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        text.append("\r\n");
    }
}
