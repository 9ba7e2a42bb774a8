package cn.jiangxin.notification;

import java.util.Locale;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.invitation.NominationInvited;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person that the Bureau invited their unit to nominate them for a result on an authoritative list: in the
 * application, and by e-mail when configured. A person without an account is not told; a redelivered event adds
 * nothing.
 */
@Component
class InvitationNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AccountDirectory directory;
    private final Deliveries deliveries;
    private final MessageSource messages;

    InvitationNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(NominationInvited e) {
        directory.ofPerson(e.personId()).ifPresent(to -> deliveries.once("nomination-invited:" + e.invitationId(), to,
                messages.getMessage("invitedToNominate.title", null, CHINESE),
                messages.getMessage("invitedToNominate.body", new Object[] {e.achievement(), e.source()}, CHINESE),
                "/my"));
    }
}
