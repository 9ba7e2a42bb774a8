package cn.jiangxin.funding;

import java.util.List;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TwoNodes;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application nodes on one database ({@link TwoNodes}; with {@code -Dtest.db=postgres} one PostgreSQL schema).
 * 50 attempts per step are spread over both nodes' beans; the database alone must keep the studio paid once.
 */
class TwoNodesStudioFundingTest extends TwoNodes {

    @Test
    void fiftyAttemptsOverTwoNodesPayOneStudioOnce() throws Exception {
        List<Staff> staff = contexts.stream().map(TwoNodesStudioFundingTest::staff).toList();
        FundingFixture fx = FundingFixture.create(staff.get(0), contexts.get(0).getBean(Allocations.class));
        List<FundingConcurrency.Node> nodes = contexts.stream().map(c -> new FundingConcurrency.Node(
                c.getBean(StudioFundings.class), c.getBean(Batches.class), c.getBean(Ledger.class),
                c.getBean(JdbcClient.class), fx)).toList();
        FundingConcurrency.raceOneStudioToPayment(nodes);
    }

    private static Staff staff(ConfigurableApplicationContext c) {
        return new Staff(c.getBean(AccountRegistry.class), c.getBean(UserDetailsService.class), c.getBean(Units.class));
    }
}
