package cn.jiangxin.reward;

import java.util.List;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 50 threads at once on each step of one reward: exactly one payment per beneficiary, a balanced ledger. */
@JiangxinTest
class RewardConcurrencyTest {

    @Autowired RewardGrants grants;
    @Autowired RewardCases cases;
    @Autowired PaymentBatches batches;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired AccountRegistry accounts;
    @Autowired PolicyVersions versions;

    @Test
    void fiftyThreadsCreateApproveAndPayOneRewardOnce() throws Exception {
        RewardFixture fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        RewardConcurrency.raceOneRewardToPayment(List.of(new RewardConcurrency.Node(grants, cases, batches, ledger,
                jdbc, fx)), "talent-race", "吴军");
    }
}
