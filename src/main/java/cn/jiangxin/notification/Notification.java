package cn.jiangxin.notification;

import java.time.Instant;

import cn.jiangxin.platform.BeijingTime;

/** One notification as its recipient sees it; {@code link} is a path inside the application. */
public record Notification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** When it was created, Beijing time to the minute. */
    public String at() {
        return BeijingTime.dateTime(createdAt);
    }
}
