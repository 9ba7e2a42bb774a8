package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The iCalendar text of a booking (RFC 5545): structure, UTC times, escaping, CRLF and folding at 75 octets. */
class CalendarFileTest {

    @Test
    void aBookingIsOneEventWithEscapedTextFoldedAtSeventyFiveOctets() {
        String place = "朝阳区体检中心二楼, 东侧; 请走B口\\电梯";
        String ics = CalendarFile.of("booking-7@jiangxin", Instant.parse("2026-04-01T02:00:00Z"),
                Instant.parse("2026-04-07T00:00:00Z"), Instant.parse("2026-04-07T02:00:00Z"), "体检 · 朝阳区体检中心",
                place, "服务机构：朝阳区体检中心；请携带：空腹、身份证。" + "请提前十分钟到达，".repeat(8) + "\n谢谢");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("\r\nBEGIN:VEVENT\r\n", "\r\nUID:booking-7@jiangxin\r\n",
                "\r\nDTSTAMP:20260401T020000Z\r\n", "\r\nDTSTART:20260407T000000Z\r\n", "\r\nDTEND:20260407T020000Z\r\n",
                "\r\nEND:VEVENT\r\n");
        assertThat(ics.replaceAll("\r\n", "\n").replace("\n", "")).doesNotContain("\r");
        assertThat(ics.split("\r\n", -1)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("LOCATION:朝阳区体检中心二楼\\, 东侧\\; 请走B口\\\\电梯\r\n");
        assertThat(unfolded).contains("\\n谢谢\r\n");
        assertThat(unfolded.lines().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow())
                .contains("请携带：空腹、身份证");
        assertThat(ics).contains("\r\n ").as("the long description is folded");
    }
}
