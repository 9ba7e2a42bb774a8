package cn.jiangxin.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@JiangxinTest
class LedgerTest {

    static final long FUNDED = 1_000_000L;
    static final CurrentUser FINANCE = new CurrentUser(0, "finance", "财务", Set.of(Role.FINANCE), null);

    @Autowired Ledger ledger;
    @Autowired Allocations allocations;
    @Autowired JdbcClient jdbc;

    static Posting commit(String key, String party, long fen) {
        return new Posting(key, "test", List.of(PostingLine.debit(LedgerAccount.REWARD_PAYABLE, party, fen),
                PostingLine.credit(LedgerAccount.REWARD_BUDGET, null, fen)));
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** A budget to post against: an allocation of 10,000 yuan for each test. */
    @BeforeEach
    void fundTheBudget() {
        allocations.record(FINANCE, new NewAllocation(FUNDED, "京财社〔2025〕" + UUID.randomUUID() + "号",
                LocalDate.of(2025, 3, 20)), UUID.randomUUID().toString());
    }

    @Test
    void theBudgetIsFundedByAllocationsAndTheTrialBalanceIsZero() {
        NewAllocation a = new NewAllocation(FUNDED, "京财社〔2025〕7号", LocalDate.of(2025, 3, 21));
        long budget = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
        allocations.record(FINANCE, a, UUID.randomUUID().toString());
        assertThat(allocations.list()).extracting(Allocation::reference).contains("京财社〔2025〕7号");
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budget + FUNDED);
        TrialBalance tb = ledger.trialBalance();
        assertThat(tb.differenceFen()).isZero();
        assertThat(tb.balanced()).isTrue();
        assertThat(tb.debitTotalFen()).isEqualTo(tb.creditTotalFen()).isGreaterThanOrEqualTo(2 * FUNDED);
    }

    @Test
    void anAllocationResubmittedWithItsKeyIsRecordedOnce() {
        String key = UUID.randomUUID().toString();
        long budget = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
        NewAllocation a = new NewAllocation(50_000_00L, "京财社〔2025〕88号", LocalDate.of(2025, 4, 1));
        Allocation first = allocations.record(FINANCE, a, key);
        Allocation again = allocations.record(FINANCE, a, key);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budget + 50_000_00L);
        assertThatThrownBy(() -> allocations.record(FINANCE, new NewAllocation(1, "x", LocalDate.of(2025, 4, 1)), key))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已用于另一笔记账");
        assertThatThrownBy(() -> allocations.record(FINANCE,
                new NewAllocation(50_000_00L, "京财社〔2025〕89号", LocalDate.of(2025, 4, 1)), key))
                .as("the same amount under another reference is another allocation, not a retry")
                .hasMessageContaining("该幂等编号已用于另一笔拨款（京财社〔2025〕88号）");
        assertThatThrownBy(() -> new NewAllocation(0, "x", LocalDate.now())).hasMessage("拨款金额须大于零");
    }

    @Test
    void aPostingThatWouldOverdrawTheBudgetIsRefusedAndWritesNothing() {
        long budget = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
        long entries = count("ledger_entry");
        long lines = count("ledger_line");
        String key = "T:" + UUID.randomUUID();
        assertThatThrownBy(() -> ledger.post(commit(key, "PERSON:1", budget + 1)))
                .isInstanceOf(InsufficientBalanceException.class)
                .hasMessageContaining("奖励预算可用额度余额不足").hasMessageContaining("本次操作未记账");
        assertThat(ledger.entry(key)).isEmpty();
        assertThat(count("ledger_entry")).isEqualTo(entries);
        assertThat(count("ledger_line")).isEqualTo(lines);
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budget);
        assertThat(ledger.trialBalance().balanced()).isTrue();
    }

    @Test
    void aRetriedKeyReturnsTheFirstEntryAndAReversalIsTheOnlyCorrection() {
        long budget = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
        String key = "T:" + UUID.randomUUID();
        Entry first = ledger.post(commit(key, "PERSON:7", 12_345));
        assertThat(ledger.post(commit(key, "PERSON:7", 12_345)).id()).isEqualTo(first.id());
        assertThatThrownBy(() -> ledger.post(commit(key, "PERSON:8", 12_345))).hasMessageContaining("已用于另一笔记账");
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budget - 12_345);
        assertThat(ledger.partyBalanceFen(LedgerAccount.REWARD_PAYABLE, "PERSON:7")).isEqualTo(12_345);

        Entry reversal = ledger.reverse(first.id(), "录入错误");
        assertThat(reversal.reversesEntryId()).isEqualTo(first.id());
        assertThat(reversal.lines()).extracting(PostingLine::amountFen).containsExactlyInAnyOrder(-12_345L, 12_345L);
        assertThat(ledger.reverse(first.id(), "再次冲销").id()).as("an entry is reversed once").isEqualTo(reversal.id());
        assertThatThrownBy(() -> ledger.reverse(reversal.id(), "x")).hasMessageContaining("不能再冲销");
        assertThat(ledger.entry(first.id())).get().usingRecursiveComparison().isEqualTo(first);
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budget);
        assertThat(ledger.partyBalanceFen(LedgerAccount.REWARD_PAYABLE, "PERSON:7")).isZero();
        assertThat(ledger.trialBalance().balanced()).isTrue();
    }

    @Test
    void anAllocationTheBudgetNoLongerHoldsCannotBeReversed() {
        Allocation a = allocations.record(FINANCE, new NewAllocation(1_000, "京财社〔2025〕99号", LocalDate.of(2025, 5, 1)),
                UUID.randomUUID().toString());
        long budget = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
        Entry spent = ledger.post(commit("T:" + UUID.randomUUID(), "UNIT:3", budget));
        assertThatThrownBy(() -> allocations.reverse(FINANCE, a.id(), "文号有误"))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(allocations.find(a.id()).orElseThrow().reversed()).isFalse();
        ledger.reverse(spent.id(), "测试完毕");
        allocations.reverse(FINANCE, a.id(), "文号有误");
        assertThat(allocations.find(a.id()).orElseThrow().reversed()).isTrue();
        assertThat(allocations.reverse(FINANCE, a.id(), "再冲一次").reversesEntryId())
                .as("a repeated reversal answers the first one").isEqualTo(a.entryId());
        assertThat(ledger.trialBalance().balanced()).isTrue();
    }

    @Test
    void postingsMustBalance() {
        assertThatThrownBy(() -> new Posting("K", "", List.of(PostingLine.debit(LedgerAccount.REWARD_PAID, null, 5),
                PostingLine.credit(LedgerAccount.REWARD_PAYABLE, null, 4)))).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> new Posting("K", "", List.of(PostingLine.debit(LedgerAccount.REWARD_PAID, null, 5))))
                .hasMessageContaining("two lines");
        assertThatThrownBy(() -> PostingLine.debit(LedgerAccount.REWARD_PAID, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
