package cn.jiangxin.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * E-mail copies of notifications, off by default: sent only when {@code jiangxin.mail.enabled=true} and an SMTP
 * server is configured ({@code spring.mail.host}, which makes Spring Boot provide the {@link MailSender}). Plain
 * Chinese text with a link built from {@code jiangxin.mail.base-url}.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<MailSender> sender;
    private final MessageSource messages;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    NotificationMail(ObjectProvider<MailSender> sender, MessageSource messages, @Value("${jiangxin.mail.enabled:false}") boolean enabled,
            @Value("${jiangxin.mail.from:}") String from, @Value("${jiangxin.mail.base-url:}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return enabled && sender.getIfAvailable() != null;
    }

    /** Sends the mail copy of notification {@code id}: SENT, or FAILED (logged) when the server refuses it. */
    NotificationStore.MailStatus copy(long id, String to, String subject, String body, String link) {
        try {
            send(to, subject, body, link);
            return NotificationStore.MailStatus.SENT;
        } catch (MailException | IllegalStateException ex) {
            log.warn("Could not mail notification {}: {}", id, ex.getMessage());
            return NotificationStore.MailStatus.FAILED;
        }
    }

    /** @throws org.springframework.mail.MailException when the server refuses or cannot be reached */
    void send(String to, String subject, String body, String link) {
        SimpleMailMessage mail = new SimpleMailMessage();
        if (!from.isBlank()) {
            mail.setFrom(from);
        }
        mail.setTo(to);
        mail.setSubject(messages.getMessage("mail.subject", new Object[] {subject}, Locale.SIMPLIFIED_CHINESE));
        mail.setText(body + "\n\n" + messages.getMessage("mail.footer", new Object[] {baseUrl + link},
                Locale.SIMPLIFIED_CHINESE));
        sender.getObject().send(mail);
    }
}
