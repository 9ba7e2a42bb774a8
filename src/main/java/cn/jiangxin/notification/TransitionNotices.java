package cn.jiangxin.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountDirectory.Contact;
import cn.jiangxin.identity.Role;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.NominationTransitioned;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone concerned that a case moved (WF-5): the nominating unit's officers and the talent on every
 * transition, reviewers when a case arrives for review, approvers when one passes review; not the person who acted.
 * Runs after the transition's commit; a redelivered event adds nothing (one row per event and recipient), and a
 * mail that fails is marked on the notification without undoing anything.
 */
@Component
class TransitionNotices {

    private static final Logger log = LoggerFactory.getLogger(TransitionNotices.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AccountDirectory directory;
    private final People people;
    private final NotificationStore store;
    private final NotificationMail mail;
    private final MessageSource messages;
    private final Clock clock;

    TransitionNotices(AccountDirectory directory, People people, NotificationStore store, NotificationMail mail,
            MessageSource messages, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.store = store;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    private record Recipient(Contact contact, boolean talent) {
    }

    @ApplicationModuleListener
    void on(NominationTransitioned e) {
        String key = "nomination:" + e.nominationId() + ":" + e.from() + ">" + e.to() + ":" + e.at().toEpochMilli();
        String name = people.find(e.personId()).map(PersonView::name).orElse("");
        for (Recipient r : recipients(e).values()) {
            String title = r.talent() ? text("notice.title.talent", label(e.to()))
                    : text("notice.title", name, label(e.to()));
            String link = (r.talent() ? "/my/nominations/" : "/nominations/") + e.nominationId();
            OptionalLong id = store.insertIfAbsent(key, r.contact().accountId(), title, body(e, true), link,
                    clock.instant());
            if (id.isPresent() && r.contact().email() != null && mail.enabled()) {
                mailCopy(id.getAsLong(), r.contact().email(), title, body(e, false), link);
            }
        }
    }

    private Map<Long, Recipient> recipients(NominationTransitioned e) {
        Map<Long, Recipient> to = new LinkedHashMap<>();
        directory.officersOf(e.unitId()).forEach(c -> to.put(c.accountId(), new Recipient(c, false)));
        if (e.to() == NominationState.SUBMITTED) {
            directory.withRole(Role.REVIEWER).forEach(c -> to.putIfAbsent(c.accountId(), new Recipient(c, false)));
        }
        if (e.to() == NominationState.REVIEWED) {
            directory.withRole(Role.APPROVER).forEach(c -> to.putIfAbsent(c.accountId(), new Recipient(c, false)));
        }
        to.remove(e.actorAccountId());
        directory.ofPerson(e.personId()).ifPresent(c -> to.put(c.accountId(), new Recipient(c, true)));
        return to;
    }

    /** What happened and what comes next; the actor's reason only in the application, never in a mail. */
    private String body(NominationTransitioned e, boolean withReason) {
        StringBuilder body = new StringBuilder(text("notice.body", text("nom.action." + e.action()), label(e.from()),
                label(e.to())));
        if (withReason && e.reason() != null && !e.reason().isBlank()) {
            body.append('\n').append(text("notice.reason", e.reason()));
        }
        return body.append('\n').append(text("notice.next", text("nom.next." + e.to()))).toString();
    }

    private void mailCopy(long id, String address, String title, String body, String link) {
        try {
            mail.send(address, title, body, link);
            store.markMail(id, NotificationStore.MailStatus.SENT);
        } catch (MailException | IllegalStateException ex) {
            log.warn("Could not mail notification {}: {}", id, ex.getMessage());
            store.markMail(id, NotificationStore.MailStatus.FAILED);
        }
    }

    private String label(NominationState state) {
        return text("nom.state." + state);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }
}
