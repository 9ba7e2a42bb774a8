package cn.jiangxin.notification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountDirectory.Contact;
import cn.jiangxin.offering.WaitingListPromoted;
import cn.jiangxin.platform.ChineseDate;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person given a seat from an offering's waiting list, and the officers of their unit (who signed up
 * employees, many without an account of their own), what the seat is for, when and where: in the application, and by
 * e-mail when configured. A redelivered event adds nothing.
 */
@Component
class OfferingNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AccountDirectory directory;
    private final Deliveries deliveries;
    private final MessageSource messages;

    OfferingNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(WaitingListPromoted e) {
        Map<Long, Contact> recipients = new LinkedHashMap<>();
        directory.ofPerson(e.personId()).ifPresent(c -> recipients.put(c.accountId(), c));
        directory.officersOf(e.unitId()).forEach(c -> recipients.putIfAbsent(c.accountId(), c));
        String title = messages.getMessage("offeringPromoted.title", new Object[] {e.title()}, CHINESE);
        String body = messages.getMessage("offeringPromoted.body", new Object[] {e.personName(), e.title(),
                ChineseDate.of(e.startsOn()), e.place()}, CHINESE);
        for (Contact to : recipients.values()) {
            deliveries.once("offering-promoted:" + e.enrolmentId() + ":" + e.promotedAt().toEpochMilli(), to, title, body,
                    "/offerings/" + e.offeringId());
        }
    }
}
