package cn.jiangxin.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
    private final Deliveries deliveries;
    private final MessageSource messages;

    RewardNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
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
            deliveries.once("reward-paid:" + e.rewardCaseId(), to, title, body, link);
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }
}
