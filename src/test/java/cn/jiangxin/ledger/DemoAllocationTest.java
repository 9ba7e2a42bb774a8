package cn.jiangxin.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's reward budget (ledger.demo.DemoAllocation): one allocation of a million yuan, the books balanced. */
@DemoTest
class DemoAllocationTest {

    @Autowired Ledger ledger;
    @Autowired Allocations allocations;

    @Test
    void theDemoBudgetIsFundedByAnAllocationAndTheTrialBalanceIsZero() {
        assertThat(allocations.list()).extracting(Allocation::reference).contains("朝人社发〔2025〕1号（演示）");
        TrialBalance tb = ledger.trialBalance();
        assertThat(tb.differenceFen()).isZero();
        assertThat(tb.balanced()).isTrue();
        assertThat(tb.debitTotalFen()).isEqualTo(tb.creditTotalFen()).isGreaterThanOrEqualTo(100_000_000L);
    }
}
