package cn.jiangxin.reward.demo;

import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.reward.BeneficiaryKind;
import cn.jiangxin.reward.RewardCases;
import cn.jiangxin.reward.RewardState;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo cases: the demo talent (“talent”) enters the bank account of his own WorldSkills
 * gold reward, so that finance can build a payment batch at once; the training unit's case is left waiting for its
 * bank account. Does nothing once the talent's case has one.
 */
@Component
@Profile("demo")
@Order(41)
class DemoBankDetails implements ApplicationRunner {

    private final RewardCases cases;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoBankDetails(RewardCases cases, AccountRegistry accounts, DemoLogins logins) {
        this.cases = cases;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists(DemoLogins.TALENT)) {
            return;
        }
        logins.as(DemoLogins.TALENT, talent -> {
            cases.ofBeneficiary(talent, BeneficiaryKind.PERSON).stream()
                    .filter(c -> c.state() == RewardState.AWAITING_BANK_DETAILS)
                    .forEach(c -> cases.enterBankDetails(talent, c.id(), new BankDetails(c.beneficiaryName(),
                            "中国工商银行北京酒仙桥支行", "6222 0202 0012 3456 789")));
            return null;
        });
    }
}
