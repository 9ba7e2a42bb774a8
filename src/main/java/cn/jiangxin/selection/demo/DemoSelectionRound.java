package cn.jiangxin.selection.demo;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.person.People;
import cn.jiangxin.selection.NewRound;
import cn.jiangxin.selection.Proposal;
import cn.jiangxin.selection.RoundConditions;
import cn.jiangxin.selection.SelectionRounds;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only, after the demo cases: policy staff (“policy”) open a round for 朝阳区政府首席技师特殊津贴, open to
 * units for two weeks from today, so that the system lists the demo talent (马骏, certified WorldSkills gold
 * medallist) first; the officer of his unit (“officer2”) proposes 张伟. Does nothing once any round exists.
 */
@Component
@Profile("demo")
@Order(45)
class DemoSelectionRound implements ApplicationRunner {

    private final SelectionRounds rounds;
    private final People people;
    private final AccountRegistry accounts;
    private final DemoLogins logins;

    DemoSelectionRound(SelectionRounds rounds, People people, AccountRegistry accounts, DemoLogins logins) {
        this.rounds = rounds;
        this.people = people;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rounds.anyOpened() || !accounts.exists("policy") || !accounts.exists("officer2")) {
            return;
        }
        LocalDate today = rounds.today();
        long id = logins.as("policy", staff -> rounds.open(staff, new NewRound("CHAOYANG_CHIEF_TECHNICIAN_ALLOWANCE",
                null, today.getYear(), 2, new RoundConditions(null, List.of(), null, null), today,
                today.plusDays(14), today.plusDays(30))));
        logins.as("officer2", officer -> {
            people.search(officer, "张伟", officer.unitId()).stream().findFirst().ifPresent(p -> rounds.propose(officer,
                    id, new Proposal(p.id(), "数控车工", "LEVEL_2", 12,
                            "长期从事精密零件数控加工，带徒12人，主持解决关键工艺难题3项。")));
            return null;
        });
    }
}
