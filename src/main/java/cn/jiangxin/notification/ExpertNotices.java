package cn.jiangxin.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;

import cn.jiangxin.expert.ExpertAsked;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an expert drawn for a need (or asked as the reserve in a declined place) what for, on which day, and by when
 * to answer: in the application, and by e-mail when configured. An expert without an account is answered for by
 * staff, so nothing is sent; a redelivered event adds nothing.
 */
@Component
class ExpertNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AccountDirectory directory;
    private final NotificationStore store;
    private final NotificationMail mail;
    private final MessageSource messages;
    private final Clock clock;

    ExpertNotices(AccountDirectory directory, NotificationStore store, NotificationMail mail, MessageSource messages,
            Clock clock) {
        this.directory = directory;
        this.store = store;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ExpertAsked e) {
        directory.ofPerson(e.personId()).ifPresent(to -> {
            String title = messages.getMessage(e.reserve() ? "expertAsked.title.reserve" : "expertAsked.title", null,
                    CHINESE);
            String body = messages.getMessage("expertAsked.body", new Object[] {e.purpose(),
                    ChineseDate.of(e.needDate()), BeijingTime.dateTime(e.deadline())}, CHINESE);
            OptionalLong id = store.insertIfAbsent("expert-asked:" + e.assignmentId(), to.accountId(), title, body,
                    "/my/expert", clock.instant());
            if (id.isPresent() && to.email() != null && mail.enabled()) {
                store.markMail(id.getAsLong(), mail.copy(id.getAsLong(), to.email(), title, body, "/my/expert"));
            }
        });
    }
}
