package cn.jiangxin.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.jiangxin.certification.CertificationRevoked;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.platform.BeijingTime;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the talent that their certification was revoked or ended early, with the reason: in the application and by
 * e-mail when configured; a redelivered event adds nothing.
 */
@Component
class CertificationNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final AccountDirectory directory;
    private final Deliveries deliveries;
    private final MessageSource messages;

    CertificationNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CertificationRevoked e) {
        String kind = e.kind().name();
        String title = messages.getMessage("certificationRevoked.title." + kind, null, Locale.SIMPLIFIED_CHINESE);
        String body = messages.getMessage("certificationRevoked.body." + kind, new Object[] {e.certificateNo(),
                WHEN.format(e.since().atZone(BeijingTime.ZONE)), e.reason()}, Locale.SIMPLIFIED_CHINESE);
        directory.ofPerson(e.personId()).ifPresent(to ->
                deliveries.once("certification-revoked:" + e.certificationId(), to, title, body, "/my/certification"));
    }
}
