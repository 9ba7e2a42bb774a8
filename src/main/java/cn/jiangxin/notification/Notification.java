package cn.jiangxin.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One notification as its recipient sees it; {@code link} is a path inside the application. */
public record Notification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public boolean unread() {
        return readAt == null;
    }

    /** When it was created, Beijing time to the minute. */
    public String at() {
        return MINUTE.format(createdAt);
    }
}
