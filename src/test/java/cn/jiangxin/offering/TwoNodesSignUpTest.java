package cn.jiangxin.offering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.TwoNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database ({@link TwoNodes}; with {@code -Dtest.db=postgres} a PostgreSQL schema):
 * 300 sign-ups for a training of 30 seats, half sent to each node at once, by 燕京精密's officer signed in on both.
 * The demo's leading talent 马骏 and nine more leading talents are among them and take the 6 held seats; exactly 30
 * seated, the rest waiting in arrival order, nobody twice, retries with the same key answered with the same sign-up.
 */
class TwoNodesSignUpTest extends TwoNodes {

    @Test
    void threeHundredSignUpsOnTwoNodesForThirtySeats() throws Exception {
        ConfigurableApplicationContext first = contexts.get(0);
        People people = first.getBean(People.class);
        Certifications certifications = first.getBean(Certifications.class);
        OfferingFixture fx = new OfferingFixture(people, first.getBean(Nominations.class), certifications);
        List<SignUpRace.Node> nodes = new ArrayList<>();
        for (ConfigurableApplicationContext node : contexts) {
            CurrentUser officer = node.getBean(DemoLogins.class).as("officer2", u -> u);
            nodes.add(new SignUpRace.Node(node.getBean(Offerings.class), officer));
        }
        CurrentUser officer = nodes.get(0).officer();
        long maJun = people.search(officer, "马骏", officer.unitId()).get(0).id();
        List<Long> persons = new ArrayList<>();
        Set<Long> leaders = new java.util.HashSet<>(Set.of(maJun));
        for (int i = 0; i < 9; i++) {
            leaders.add(fx.leadingTalent(officer, OfferingFixture.name("两节点领军", i)));
        }
        for (int i = 0; i < 290; i++) {
            persons.add(fx.employee(officer, OfferingFixture.name("两节点", i)));
        }
        persons.addAll(leaders);
        java.util.Collections.shuffle(persons);
        Offerings offerings = nodes.get(0).offerings();
        long id = first.getBean(DemoLogins.class).as("policy", staff -> offerings.publish(staff,
                OfferingFixture.training("两节点并发报名测试", 30, offerings.today())));
        SignUpRace.run(nodes, id, persons, 20);
        SignUpRace.check(first.getBean(JdbcClient.class), id, 30, 6, leaders, 300);
    }
}
