package cn.jiangxin.notification;

import java.time.Clock;
import java.util.List;

import cn.jiangxin.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification module's API: a user's own notifications, their unread count, marking them read. */
@Service
public class Notifications {

    static final int PAGE_SIZE = 100;

    private final NotificationStore store;
    private final Clock clock;

    Notifications(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public long unreadCount(long accountId) {
        return store.unread(accountId);
    }

    /** The latest notifications of the account, newest first. */
    public List<Notification> of(long accountId) {
        return store.latest(accountId, PAGE_SIZE);
    }

    /**
     * Marks the account's notification read and answers where it points.
     *
     * @throws NotFoundException when there is no such notification or it is someone else's
     */
    @Transactional
    public String read(long accountId, long id) {
        return store.read(accountId, id, clock.instant()).orElseThrow(() -> new NotFoundException("notification " + id));
    }

    @Transactional
    public int readAll(long accountId) {
        return store.readAll(accountId, clock.instant());
    }
}
