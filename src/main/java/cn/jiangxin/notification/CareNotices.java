package cn.jiangxin.notification;

import java.util.Locale;

import cn.jiangxin.care.CareVisitRecorded;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a talent that the Bureau's holiday-care visit to them was recorded (the round, the day, who visited): in the
 * application, and by e-mail when configured. A talent without an account is not told; a redelivered event adds
 * nothing.
 */
@Component
class CareNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AccountDirectory directory;
    private final Deliveries deliveries;
    private final MessageSource messages;

    CareNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CareVisitRecorded e) {
        directory.ofPerson(e.personId()).ifPresent(to -> {
            String occasion = messages.getMessage("care.occasion." + e.occasion(), null, CHINESE);
            String title = messages.getMessage("careVisited.title", new Object[] {occasion}, CHINESE);
            String body = messages.getMessage("careVisited.body", new Object[] {e.roundName(),
                    ChineseDate.of(e.visitedOn()), e.visitedBy()}, CHINESE);
            deliveries.once("care-visited:" + e.visitId(), to, title, body, "/my/care");
        });
    }
}
