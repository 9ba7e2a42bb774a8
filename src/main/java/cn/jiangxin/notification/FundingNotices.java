package cn.jiangxin.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.jiangxin.funding.FundingPaid;
import cn.jiangxin.identity.AccountDirectory;
import cn.jiangxin.identity.AccountDirectory.Contact;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every officer of the unit that a studio's construction funding was paid, with the amount, the date and the
 * account (masked). In the application, and by e-mail when configured; runs after the payment's commit, and a
 * redelivered event adds nothing.
 */
@Component
class FundingNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final AccountDirectory directory;
    private final Deliveries deliveries;
    private final MessageSource messages;

    FundingNotices(AccountDirectory directory, Deliveries deliveries, MessageSource messages) {
        this.directory = directory;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(FundingPaid e) {
        String title = text("fundingPaid.title", e.amountYuan());
        String body = text("fundingPaid.body", e.studioNumber() + " " + e.studioName(), e.period(), e.amountYuan(),
                DAY.format(e.paidOn()), e.bankName(), e.bankAccountMasked());
        for (Contact to : directory.officersOf(e.unitId())) {
            deliveries.once("funding-paid:" + e.fundingId(), to, title, body, "/unit/funding");
        }
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, CHINESE);
    }
}
