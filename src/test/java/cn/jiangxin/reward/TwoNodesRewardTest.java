package cn.jiangxin.reward;

import java.util.List;

import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.unit.Units;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.TwoNodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application nodes on one database ({@link TwoNodes}: two Spring contexts sharing one schema; with
 * {@code -Dtest.db=postgres} one PostgreSQL schema, on H2 one named in-memory database). 50 attempts per step are
 * spread over both nodes' beans; the database alone must keep the reward paid once.
 */
class TwoNodesRewardTest extends TwoNodes {

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
