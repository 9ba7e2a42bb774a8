package cn.jiangxin.notification;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountDirectory.Contact;
import cn.jiangxin.reward.BeneficiaryKind;
import cn.jiangxin.reward.RewardPaid;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the beneficiary that a reward was paid, with the amount, the date and the account (masked): the talent for
 * their own reward, every officer of the training unit for the unit's. In the application, and by e-mail when
 * configured; runs after the payment's commit, and a redelivered event adds nothing.
 */
@Component
class RewardNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final AccountDirectory directory;
    private final NotificationStore store;
    private final NotificationMail mail;
    private final MessageSource messages;
    private final Clock clock;

    RewardNotices(AccountDirectory directory, NotificationStore store, NotificationMail mail, MessageSource messages,
            Clock clock) {
        this.directory = directory;
        this.store = store;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RewardPaid e) {
        boolean talent = e.kind() == BeneficiaryKind.PERSON;
        List<Contact> recipients = talent ? directory.ofPerson(e.beneficiaryId()).stream().toList()
                : directory.officersOf(e.beneficiaryId());
        String link = talent ? "/my/rewards" : "/unit/rewards";
        String title = text("rewardPaid.title", e.amountYuan());
        String body = text(talent ? "rewardPaid.body.talent" : "rewardPaid.body.unit", e.beneficiaryName(),
                e.medalDescription(), e.amountYuan(), DAY.format(e.paidOn()), e.bankName(), e.bankAccountMasked());
        for (Contact to : recipients) {
            OptionalLong id = store.insertIfAbsent("reward-paid:" + e.rewardCaseId(), to.accountId(), title, body, link,
                    clock.instant());
            if (id.isPresent() && to.email() != null && mail.enabled()) {
                store.markMail(id.getAsLong(), mail.copy(id.getAsLong(), to.email(), title, body, link));
            }
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }
}
