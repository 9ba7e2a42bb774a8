package cn.jiangxin.care.demo;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.care.Assignment;
import cn.jiangxin.care.CareRounds;
import cn.jiangxin.care.NewRound;
import cn.jiangxin.care.Occasion;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo cases and certifications: policy staff (“policy”) plan the Spring Festival round of
 * 2027 (visits from 2027年1月25日 to 2027年2月19日), add every talent due for it (马骏 among them) and assign the visits
 * to the Bureau's leaders and the trade union for the window's first day; no visit is recorded, so that the journey
 * can record one. Does nothing once a round of that name exists.
 */
@Component
@Profile("demo")
@Order(48)
class DemoCareRound implements ApplicationRunner {

    static final String NAME = "2027年春节慰问";

    private final CareRounds rounds;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoCareRound(CareRounds rounds, AccountRegistry accounts, DemoLogins logins) {
        this.rounds = rounds;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rounds.anyNamed(NAME) || !accounts.exists("policy")) {
            return;
        }
        LocalDate from = LocalDate.of(2027, 1, 25);
        logins.as("policy", staff -> {
            long round = rounds.plan(staff, new NewRound(NAME, Occasion.SPRING_FESTIVAL, from,
                    LocalDate.of(2027, 2, 19), "春节前走访慰问高技能领军人才，送上节日祝福，了解工作和生活中的困难。"));
            rounds.addAllDue(staff, round);
            List<Long> visits = rounds.visitIds(staff, round);
            if (!visits.isEmpty()) {
                rounds.assign(staff, round, visits, new Assignment(null, "区人力社保局领导、区总工会代表", from));
            }
            return round;
        });
    }
}
