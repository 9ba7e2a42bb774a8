package cn.jiangxin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.benefit.Entitlements;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.DemoLogins;
import cn.jiangxin.testsupport.Race;
import cn.jiangxin.testsupport.TwoNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database ({@link TwoNodes}; with {@code -Dtest.db=postgres} a PostgreSQL schema): the
 * demo talent 马骏's visit recorded by 20 requests at once, half on each node, as two staff pressing the button
 * together would: every request answers the recorded visit, one HOLIDAY_CARE use is counted, one hold is kept.
 */
class TwoNodesCareVisitTest extends TwoNodes {

    @Test
    void twentyRecordingsOnTwoNodesCountOneUse() throws Exception {
        ConfigurableApplicationContext first = contexts.get(0);
        CareRounds rounds = first.getBean(CareRounds.class);
        CurrentUser policy = first.getBean(DemoLogins.class).as("policy", u -> u);
        LocalDate today = rounds.today();
        long round = rounds.plan(policy, new NewRound("两节点慰问测试", Occasion.OTHER, today.minusDays(3),
                today.plusDays(3), ""));
        rounds.addAllDue(policy, round);
        CareVisit visit = rounds.visits(policy, round).stream().filter(v -> v.personName().equals("马骏"))
                .findFirst().orElseThrow();
        Entitlements entitlements = first.getBean(Entitlements.class);
        int usedBefore = used(entitlements, visit.personId(), today);

        List<CareRounds> nodes = new ArrayList<>();
        contexts.forEach(c -> nodes.add(c.getBean(CareRounds.class)));
        VisitReport report = new VisitReport(today, "区人力社保局领导", "两节点", "");
        List<Race.Outcome> outcomes = Race.run(20, i -> nodes.get(i % 2).record(policy, visit.id(), report));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(used(entitlements, visit.personId(), today)).isEqualTo(usedBefore + 1);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_hold WHERE hold_key = ? AND state = 'USED'")
                .param(visit.holdKey()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT state FROM care_visit WHERE id = ?").param(visit.id()).query(String.class)
                .single()).isEqualTo("VISITED");
    }

    private static int used(Entitlements entitlements, long person, LocalDate day) {
        return entitlements.ofPerson(person, day).stream().filter(e -> e.code().equals(CareRounds.SERVICE)).findFirst()
                .orElseThrow().usedThisYear();
    }
}
