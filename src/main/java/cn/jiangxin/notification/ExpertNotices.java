package cn.jiangxin.notification;

import java.util.Locale;

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
    private final Deliveries deliveries;
    private final MessageSource messages;

    ExpertNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ExpertAsked e) {
        directory.ofPerson(e.personId()).ifPresent(to -> {
            String title = messages.getMessage(e.reserve() ? "expertAsked.title.reserve" : "expertAsked.title", null,
                    CHINESE);
            String body = messages.getMessage("expertAsked.body", new Object[] {e.purpose(),
                    ChineseDate.of(e.needDate()), BeijingTime.dateTime(e.deadline())}, CHINESE);
            deliveries.once("expert-asked:" + e.assignmentId(), to, title, body, "/my/expert");
        });
    }
}
