package cn.jiangxin.reward;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.unit.Units;
import cn.jiangxin.JiangxinApplication;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.policy.PolicyVersions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application nodes on one database: two Spring contexts started here share one schema through
 * {@code jiangxin.test.schema} (TestDatabaseIsolation): with {@code -Dtest.db=postgres} one PostgreSQL schema, on
 * H2 one named in-memory database, which every context of this JVM reaches by its name. 50 attempts per step are
 * spread over both nodes' beans; the database alone must keep the reward paid once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesRewardTest {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeAll
    void startTwoNodes() {
        String schema = "jx_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        for (int i = 0; i < 2; i++) {
            contexts.add(new SpringApplicationBuilder(JiangxinApplication.class).profiles("demo")
                    .properties("jiangxin.test.schema=" + schema, "jiangxin.test.pool-size=12",
                            "spring.main.banner-mode=off")
                    .run("--server.port=0"));
        }
    }

    @AfterAll
    void stopNodes() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void fiftyAttemptsOverTwoNodesPayOneRewardOnce() throws Exception {
        List<RewardConcurrency.Node> nodes = contexts.stream().map(TwoNodesRewardTest::node).toList();
        RewardConcurrency.raceOneRewardToPayment(nodes, "talent-two-nodes", "周杰");
    }

    private static RewardConcurrency.Node node(ConfigurableApplicationContext c) {
        JdbcClient jdbc = c.getBean(JdbcClient.class);
        return new RewardConcurrency.Node(c.getBean(RewardGrants.class), c.getBean(RewardCases.class),
                c.getBean(PaymentBatches.class), c.getBean(Ledger.class), jdbc, new RewardFixture(jdbc,
                        new Staff(c.getBean(AccountRegistry.class), c.getBean(UserDetailsService.class),
                                c.getBean(Units.class)), c.getBean(People.class), c.getBean(AccountRegistry.class),
                        c.getBean(Allocations.class), c.getBean(PolicyVersions.class)));
    }
}
