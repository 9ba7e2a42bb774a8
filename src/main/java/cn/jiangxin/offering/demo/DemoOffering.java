package cn.jiangxin.offering.demo;

import java.time.LocalDate;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.offering.NewOffering;
import cn.jiangxin.offering.OfferingKind;
import cn.jiangxin.offering.Offerings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo cases: policy staff (“policy”) publish a welding training with five seats, open for
 * sign-up from today for two weeks, by leading talents themselves and by units for their employees, starting three
 * weeks from today; nobody is signed up, so that 马骏 (“talent”) and 燕京精密 (“officer2”) can sign up in the browser.
 * Does nothing once a training of that title exists.
 */
@Component
@Profile("demo")
@Order(46)
class DemoOffering implements ApplicationRunner {

    static final String TITLE = "焊接技能提升研修班（高技能人才研修培训）";

    private final Offerings offerings;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoOffering(Offerings offerings, AccountRegistry accounts, DemoLogins logins) {
        this.offerings = offerings;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (offerings.anyTitled(TITLE) || !accounts.exists("policy")) {
            return;
        }
        LocalDate today = offerings.today();
        logins.as("policy", staff -> offerings.publish(staff, new NewOffering(OfferingKind.TRAINING, TITLE,
                "面向焊工的高技能人才研修：熔化极气体保护焊新工艺、焊接缺陷分析与质量控制、世赛焊接项目技术标准解读。",
                today.plusDays(21), today.plusDays(22), "朝阳区职业技能公共实训基地（朝阳区东坝乡）", 5, today,
                today.plusDays(14), true, true)));
    }
}
