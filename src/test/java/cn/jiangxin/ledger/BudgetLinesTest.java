package cn.jiangxin.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Budget lines: an allocation funds only its line; each line's budget, committed and paid are its three balances;
 * one line's payment cannot draw on another line's budget; the allocation form and list take the line.
 */
@JiangxinTest
class BudgetLinesTest {

    @Autowired Ledger ledger;
    @Autowired Allocations allocations;
    @Autowired Staff staff;
    @Autowired MockMvc mvc;

    @Test
    void anAllocationFundsOnlyItsLineAndEachLinesTotalsAreItsBalances() throws Exception {
        BudgetLineTotals reward = of(BudgetLine.REWARD);
        BudgetLineTotals studio = of(BudgetLine.STUDIO_FUNDING);
        String reference = "京财〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
        allocations.record(staff.finance(), new NewAllocation(12_345_00L, reference, LocalDate.of(2026, 2, 1),
                BudgetLine.STUDIO_FUNDING), UUID.randomUUID().toString());
        assertThat(of(BudgetLine.STUDIO_FUNDING).allocatedFen()).isEqualTo(studio.allocatedFen() + 12_345_00L);
        assertThat(of(BudgetLine.STUDIO_FUNDING).availableFen()).isEqualTo(studio.availableFen() + 12_345_00L);
        assertThat(of(BudgetLine.REWARD)).isEqualTo(reward);

        long all = of(BudgetLine.STUDIO_FUNDING).availableFen();
        ledger.post(new Posting("TEST:commit-studio:" + reference, "test", List.of(
                PostingLine.debit(BudgetLine.STUDIO_FUNDING.payable(), "UNIT:1", 5_00L),
                PostingLine.credit(BudgetLine.STUDIO_FUNDING.budget(), null, 5_00L))));
        assertThat(of(BudgetLine.STUDIO_FUNDING).committedFen()).isEqualTo(studio.committedFen() + 5_00L);
        assertThat(of(BudgetLine.STUDIO_FUNDING).allocatedFen()).isEqualTo(studio.allocatedFen() + 12_345_00L);
        assertThatThrownBy(() -> ledger.post(new Posting("TEST:overdraw-studio:" + reference, "test", List.of(
                PostingLine.debit(BudgetLine.STUDIO_FUNDING.payable(), "UNIT:1", all + 1),
                PostingLine.credit(BudgetLine.STUDIO_FUNDING.budget(), null, all + 1)))))
                .as("the reward line's money does not cover the studio line").isInstanceOf(InsufficientBalanceException.class);
        assertThat(ledger.trialBalance().balanced()).isTrue();

        String list = mvc.perform(get("/ledger/allocations").param("q", reference).param("line", "STUDIO_FUNDING")
                .with(staff.as(Staff.FINANCE))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ListPages.total(list)).isEqualTo(1);
        assertThat(list).contains("工作室建设资助资金");
        assertThat(ListPages.total(mvc.perform(get("/ledger/allocations").param("q", reference).param("line", "REWARD")
                .with(staff.as(Staff.FINANCE))).andReturn().getResponse().getContentAsString())).isZero();
        mvc.perform(post("/ledger/allocations").with(staff.as(Staff.FINANCE)).with(csrf()).param("amount", "100")
                .param("reference", "x").param("allocatedOn", "2026-02-01").param("line", "NO_SUCH")
                .param("requestKey", UUID.randomUUID().toString())).andExpect(status().is(422));
        mvc.perform(post("/ledger/allocations").with(staff.as(Staff.FINANCE)).with(csrf()).param("amount", "100")
                .param("reference", reference + "-2").param("allocatedOn", "2026-02-01").param("line", "STUDIO_FUNDING")
                .param("requestKey", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        assertThat(of(BudgetLine.STUDIO_FUNDING).allocatedFen()).isEqualTo(studio.allocatedFen() + 12_445_00L);
    }

    private BudgetLineTotals of(BudgetLine line) {
        return ledger.budgetLines().stream().filter(t -> t.line() == line).findFirst().orElseThrow();
    }
}
