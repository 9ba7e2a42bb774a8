package cn.jiangxin.funding;

import java.util.List;

import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 50 threads at once on each step of one studio's funding: paid exactly once, a balanced ledger. */
@JiangxinTest
class StudioFundingConcurrencyTest {

    @Autowired StudioFundings fundings;
    @Autowired Batches batches;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Staff staff;
    @Autowired Allocations allocations;

    @Test
    void fiftyThreadsOpenBatchApproveAndPayOneStudioOnce() throws Exception {
        FundingConcurrency.raceOneStudioToPayment(List.of(new FundingConcurrency.Node(fundings, batches, ledger, jdbc,
                FundingFixture.create(staff, allocations))));
    }
}
