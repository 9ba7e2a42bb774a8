package cn.jiangxin.expert.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.expert.ExpertNeeds;
import cn.jiangxin.expert.ExpertPool;
import cn.jiangxin.expert.ExpertProfile;
import cn.jiangxin.expert.ExpertRole;
import cn.jiangxin.expert.NeedDraft;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.person.People;
import cn.jiangxin.person.ResidentIdNumber;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo cases, at the first start: the demo talent 马骏 (“talent”) joins the expert pool,
 * the case officer adds three other experts, and a need two working days ahead is drawn by “reviewer” and co-signed by
 * “approver”, so 马骏 (a leading talent, drawn first) finds a place to accept or decline on /my/expert. Does nothing
 * once the talent is in the pool.
 */
@Component
@Profile("demo")
@Order(45)
class DemoExperts implements ApplicationRunner {

    static final String PURPOSE = "朝阳区2026年焊接技能竞赛裁判（演示）";
    private static final Set<String> TRADES = Set.of("焊工");
    /** 张伟 and 刘强 of 燕京精密, 吴军 of the public institution: registered, no case. */
    private static final String[] OTHERS = { "110105198503121234", "110105197802283116", "110105196604050392" };

    private final ExpertPool pool;
    private final ExpertNeeds needs;
    private final People people;
    private final WorkingCalendar calendar;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoExperts(ExpertPool pool, ExpertNeeds needs, People people, WorkingCalendar calendar, AccountRegistry accounts,
            DemoLogins logins) {
        this.pool = pool;
        this.needs = needs;
        this.people = people;
        this.calendar = calendar;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists(DemoLogins.TALENT) || logins.as(DemoLogins.TALENT, pool::hasJoined)) {
            return;
        }
        logins.as(DemoLogins.TALENT, talent -> pool.optIn(talent, profile("焊接工艺评定、焊接机器人编程",
                "工作日，提前两天通知")));
        long needId = logins.as("reviewer", reviewer -> {
            for (String idNumber : OTHERS) {
                people.find(ResidentIdNumber.parse(idNumber, LocalDate.MAX))
                        .ifPresent(p -> pool.add(reviewer, p.id(), profile("焊接质量检验", "工作日")));
            }
            LocalDate date = calendar.plusWorkingDays(needs.today(), 2);
            long id = needs.create(reviewer, new NeedDraft(PURPOSE, ExpertRole.COMPETITION_JUDGE, TRADES, 1, date,
                    Set.of(), Set.of()));
            needs.commit(reviewer, id);
            return id;
        });
        logins.as("approver", approver -> {
            needs.cosign(approver, needId);
            return null;
        });
    }

    private static ExpertProfile profile(String specialities, String availability) {
        return new ExpertProfile(TRADES, specialities, EnumSet.of(ExpertRole.COMPETITION_JUDGE,
                ExpertRole.PROJECT_REVIEW), availability, Set.of(), Set.of());
    }
}
