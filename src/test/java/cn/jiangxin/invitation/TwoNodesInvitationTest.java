package cn.jiangxin.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.ImportedLists;
import cn.jiangxin.testsupport.ImportedLists.Listed;
import cn.jiangxin.testsupport.Race;
import cn.jiangxin.testsupport.TwoNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database ({@link TwoNodes}; with {@code -Dtest.db=postgres} a PostgreSQL schema): a
 * WorldSkills list of ten gold medallists of the demo school, imported and matched on the first node; policy staff
 * invite all ten from both nodes at once, 20 times, as two staff pressing the button together would: each invitation
 * is created exactly once; then the school's officer confirms one invitation 10 times at once, half on each node:
 * every request answers the same case, and the person has exactly one nomination case.
 */
class TwoNodesInvitationTest extends TwoNodes {

    private static final String SCHOOL = "北京市朝阳区职业技能培训学校";
    private static final String WORLDSKILLS = "第47届世界技能大赛";

    @Test
    void invitingAndConfirmingOnTwoNodesAtOnceInvitesEachOnceAndOpensOneCase() throws Exception {
        ConfigurableApplicationContext first = contexts.get(0);
        DemoLogins logins = first.getBean(DemoLogins.class);
        CurrentUser officer = logins.as("officer", u -> u);
        CurrentUser policy = logins.as("policy", u -> u);
        People people = first.getBean(People.class);
        ImportedLists rows = ImportedLists.competition(first, WORLDSKILLS + " 成绩 两节点");
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Listed person = ImportedLists.person(people, officer, officer.unitId(),
                    "双节邀" + "甲乙丙丁戊己庚辛壬癸".charAt(i), Sex.MALE, LocalDate.of(1990, 1, 1), 3000);
            rows.row(person, SCHOOL, WORLDSKILLS, "焊接", 1, LocalDate.of(2024, 9, 15));
            listed.add(person);
        }
        ImportedLists.Imported list = rows.importedBy(policy.accountId());
        CandidateStore store = first.getBean(CandidateStore.class);
        List<Long> chosen = new ArrayList<>();
        for (Listed person : listed) {
            CandidateRow row = store.candidateOfEntry(list.entry(person.name())).orElseThrow();
            assertThat(row.status()).isEqualTo(CandidateStatus.CANDIDATE);
            chosen.add(row.id());
        }
        List<Invitations> nodes = contexts.stream().map(c -> c.getBean(Invitations.class)).toList();

        List<Race.Outcome> invited = Race.run(20, i -> nodes.get(i % 2).invite(policy, list.listId(), chosen));

        assertThat(invited).allMatch(Race.Outcome::succeeded);
        assertThat(invited.stream().mapToInt(o -> (Integer) o.result()).sum()).isEqualTo(10);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitation WHERE list_id = ?").param(list.listId())
                .query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT candidate_id) FROM invitation WHERE list_id = ?")
                .param(list.listId()).query(Long.class).single()).isEqualTo(10);
        assertThat(chosen).allSatisfy(c -> assertThat(store.candidate(c).orElseThrow().status())
                .isEqualTo(CandidateStatus.INVITED));

        long invitation = store.candidate(chosen.get(0)).orElseThrow().invitationId();
        List<Race.Outcome> accepted = Race.run(10, i -> nodes.get(i % 2).accept(officer, invitation));

        assertThat(accepted).allMatch(Race.Outcome::succeeded);
        List<Object> cases = accepted.stream().map(Race.Outcome::result).distinct().toList();
        assertThat(cases).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE person_id = ?").param(listed.get(0).id())
                .query(Long.class).single()).isEqualTo(1);
        CandidateRow nominated = store.candidate(chosen.get(0)).orElseThrow();
        assertThat(nominated.status()).isEqualTo(CandidateStatus.NOMINATED);
        assertThat(nominated.nominationId()).isEqualTo(cases.get(0));
    }
}
