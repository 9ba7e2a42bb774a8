package cn.jiangxin.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountPasswordReset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the holder of an account that someone else reset its password (a unit for its talent before the first login,
 * an administrator after), in the application and by e-mail when configured, so that a reset they did not ask for
 * does not go unnoticed. Runs after the reset's commit; a redelivered event adds nothing.
 */
@Component
class PasswordResetNotices {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetNotices.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String LINK = "/account/profile";

    private final AccountDirectory directory;
    private final NotificationStore store;
    private final NotificationMail mail;
    private final MessageSource messages;
    private final Clock clock;

    PasswordResetNotices(AccountDirectory directory, NotificationStore store, NotificationMail mail,
            MessageSource messages, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AccountPasswordReset e) {
        directory.ofAccount(e.accountId()).ifPresent(holder -> {
            String title = messages.getMessage("passwordReset.title", null, CHINESE);
            String body = messages.getMessage("passwordReset.body", null, CHINESE);
            OptionalLong id = store.insertIfAbsent("password-reset:" + e.accountId() + ":" + e.at().toEpochMilli(),
                    holder.accountId(), title, body, LINK, clock.instant());
            if (id.isPresent() && holder.email() != null && mail.enabled()) {
                try {
                    mail.send(holder.email(), title, body, LINK);
                    store.markMail(id.getAsLong(), NotificationStore.MailStatus.SENT);
                } catch (MailException | IllegalStateException ex) {
                    log.warn("Could not mail notification {}: {}", id.getAsLong(), ex.getMessage());
                    store.markMail(id.getAsLong(), NotificationStore.MailStatus.FAILED);
                }
            }
        });
    }
}
