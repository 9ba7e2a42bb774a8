package cn.jiangxin.notification;

import java.time.Clock;
import java.util.OptionalLong;

import cn.jiangxin.identity.AccountDirectory.Contact;
import org.springframework.stereotype.Component;

/**
 * Delivers one notice to one account once: kept in the application under its event key (a redelivered event adds
 * nothing), and copied by e-mail when mail is configured and the account has an address, the copy's outcome recorded.
 */
@Component
class Deliveries {

    private final NotificationStore store;
    private final NotificationMail mail;
    private final Clock clock;

    Deliveries(NotificationStore store, NotificationMail mail, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    void once(String eventKey, Contact to, String title, String body, String link) {
        OptionalLong id = store.insertIfAbsent(eventKey, to.accountId(), title, body, link, clock.instant());
        if (id.isPresent() && to.email() != null && mail.enabled()) {
            store.markMail(id.getAsLong(), mail.copy(id.getAsLong(), to.email(), title, body, link));
        }
    }
}
