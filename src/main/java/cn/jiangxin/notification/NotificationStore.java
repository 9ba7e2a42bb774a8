package cn.jiangxin.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Explicit SQL for notifications. Every read and change names the recipient, so nobody reaches another's rows. */
@Repository
class NotificationStore {

    enum MailStatus { SENT, FAILED }

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when this recipient already has a notification for the event. */
    OptionalLong insertIfAbsent(String eventKey, long recipient, String title, String body, String link, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO notification (recipient_account_id, event_key, title, body, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(recipient, eventKey, title, body, link, DbTime.toDb(at)).update(key, "id");
        return rows == 1 ? OptionalLong.of(key.getKeyAs(Number.class).longValue()) : OptionalLong.empty();
    }

    void markMail(long id, MailStatus status) {
        jdbc.sql("UPDATE notification SET mail_status = ? WHERE id = ?").params(status.name(), id).update();
    }

    long unread(long recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_account_id = ? AND read_at IS NULL")
                .param(recipient).query(Long.class).single();
    }

    List<Notification> latest(long recipient, int limit) {
        return jdbc.sql("""
                SELECT id, title, body, link, created_at, read_at FROM notification WHERE recipient_account_id = ?
                ORDER BY id DESC LIMIT ?""").params(recipient, limit)
                .query((rs, n) -> {
                    return new Notification(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                            rs.getString("link"), DbTime.instant(rs, "created_at"),
                            DbTime.instant(rs, "read_at"));
                }).list();
    }

    /** The link of the recipient's notification, if it is theirs; marks it read. */
    Optional<String> read(long recipient, long id, Instant at) {
        var link = jdbc.sql("SELECT link FROM notification WHERE id = ? AND recipient_account_id = ?")
                .params(id, recipient).query(String.class).optional();
        if (link.isPresent()) {
            jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND read_at IS NULL").params(DbTime.toDb(at), id).update();
        }
        return link;
    }

    int readAll(long recipient, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient_account_id = ? AND read_at IS NULL")
                .params(DbTime.toDb(at), recipient).update();
    }

}
