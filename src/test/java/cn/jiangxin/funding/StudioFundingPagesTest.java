package cn.jiangxin.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The funding pages: the unit's list and bank account form, finance's list and a funding's page, the studio funding
 * in the generalised batch pages, the budget line totals with their export, and the to-dos whose counts are the
 * totals of the lists they open.
 */
@JiangxinTest
class StudioFundingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Allocations allocations;
    @Autowired StudioFundings fundings;
    @Autowired Batches batches;
    @Autowired Ledger ledger;
    @Autowired FundingTodos todos;
    @Autowired UserDetailsService details;
    @Autowired MessageSource messages;

    FundingFixture fx;

    @BeforeEach
    void setUp() {
        fx = FundingFixture.create(staff, allocations);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theUnitEntersItsBankAccountAndPagesFiltersAndExportsItsFundingOthersSeeNone() throws Exception {
        StudioAssessed one = fx.assessed(20_000_00L);
        StudioAssessed two = fx.assessed(30_000_00L);
        fundings.open(one);
        fundings.open(two);
        String unit = page(get("/unit/funding"), fx.officerName());
        assertThat(unit).contains("共 2 条").contains("GZS-" + one.studioId()).contains("待填写单位收款账户")
                .contains("/unit/funding.xlsx");
        assertThat(page(get("/unit/funding").param("q", fx.token()), Staff.OFFICER2)).contains("共 0 条");
        assertThat(page(get("/unit/funding").param("lang", "en"), fx.officerName()))
                .contains("Awaiting the unit&#39;s bank account");
        assertThat(page(get("/unit/funding").param("sort", "amount").param("dir", "asc"), fx.officerName())
                .indexOf("GZS-" + one.studioId())).isLessThan(page(get("/unit/funding").param("sort", "amount")
                .param("dir", "asc"), fx.officerName()).indexOf("GZS-" + two.studioId()));

        String form = page(get("/unit/funding/bank"), fx.officerName());
        assertThat(Breadcrumbs.problems("/unit/funding/bank", form)).isEmpty();
        mvc.perform(post("/unit/funding/bank").with(staff.as(fx.officerName())).with(csrf())
                .param("holder", fx.unitName()).param("bankName", "北京银行").param("accountNumber", "12ab"))
                .andExpect(status().is(422));
        mvc.perform(post("/unit/funding/bank").with(staff.as(fx.officerName())).with(csrf())
                .param("holder", fx.unitName()).param("bankName", "北京银行朝阳支行").param("accountNumber", "2000 0012 3456 7890 1"))
                .andExpect(status().is3xxRedirection());
        String after = page(get("/unit/funding").param("state", "READY"), fx.officerName());
        assertThat(after).contains("共 2 条").contains("2000 **** **** 8901").doesNotContain("20000012345678901");

        List<List<String>> sheet = ExcelRows.of(mvc.perform(get("/unit/funding.xlsx").with(staff.as(fx.officerName())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sheet.subList(2, sheet.size() - 1)).hasSize(2).allMatch(r -> r.get(1).equals(fx.unitName()));
        assertThat(new BigDecimal(sheet.get(sheet.size() - 1).get(7))).isEqualByComparingTo("50000");

        mvc.perform(get("/funding").with(staff.as(fx.officerName()))).andExpect(status().isForbidden());
        mvc.perform(get("/unit/funding").with(staff.as(Staff.FINANCE))).andExpect(status().isForbidden());
        mvc.perform(get("/unit/funding").with(staff.as(fx.officerName())).param("state", "LOST"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void financeFindsTheFundingBatchesItThroughTheBatchPagesAndSeesTheBudgetLines() throws Exception {
        fx.fundStudios(50_000_00L);
        StudioAssessed e = fx.assessed(20_000_00L);
        fundings.open(e);
        fundings.enterBankAccount(fx.officer(), fx.bank());
        long id = fundings.byKey(e.fundingKey()).orElseThrow().id();
        assertThat(page(get("/funding").param("q", fx.token()), Staff.FINANCE)).contains("共 1 条").contains(fx.unitName());
        String detail = page(get("/funding/{id}", id), Staff.FINANCE);
        assertThat(Breadcrumbs.problems("/funding/" + id, detail)).isEmpty();
        assertThat(detail).contains("尚未编入支付批次");

        String build = page(get("/payments/batches"), Staff.FINANCE);
        assertThat(build).contains("value=\"STUDIO_FUNDING:" + id + "\"").contains("工作室建设资助");
        mvc.perform(post("/payments/batches").with(staff.as(Staff.FINANCE)).with(csrf())
                .param("caseIds", "NO_SUCH:1").param("requestKey", fx.token() + "-bad")).andExpect(status().is(422));
        mvc.perform(post("/payments/batches").with(staff.as(Staff.FINANCE)).with(csrf())
                .param("caseIds", "x").param("requestKey", fx.token() + "-bad2")).andExpect(status().is(422));
        String at = mvc.perform(post("/payments/batches").with(staff.as(Staff.FINANCE)).with(csrf())
                .param("caseIds", "STUDIO_FUNDING:" + id).param("requestKey", fx.token() + "-build"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(at).startsWith("/payments/batches/");
        String batch = page(get(at), Staff.FINANCE);
        assertThat(Breadcrumbs.problems(at, batch)).isEmpty();
        assertThat(batch).contains(fx.unitName()).contains("工作室建设资助资金：GZS-" + e.studioId())
                .contains("/funding/" + id);
        assertThat(page(get("/payments/batches").param("q", fx.unitName()), Staff.FINANCE)).contains("共 1 条");

        String lines = page(get("/ledger/budget-lines"), Staff.FINANCE);
        assertThat(lines).contains("奖励资金").contains("工作室建设资助资金").contains("id=\"line-STUDIO_FUNDING\"");
        assertThat(page(get("/ledger/budget-lines").param("lang", "en"), Staff.FINANCE)).contains("Studio construction funding");
        mvc.perform(get("/ledger/budget-lines").with(staff.as(fx.officerName()))).andExpect(status().isForbidden());
        List<List<String>> sheet = ExcelRows.of(mvc.perform(get("/ledger/budget-lines.xlsx").with(staff.as(Staff.FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sheet.subList(2, sheet.size() - 1)).extracting(r -> r.get(0)).containsExactly("奖励资金", "工作室建设资助资金");
        long available = ledger.balanceFen(BudgetLine.STUDIO_FUNDING.budget());
        assertThat(new BigDecimal(sheet.get(3).get(2))).isEqualByComparingTo(Money.decimalYuan(available));
    }

    @Test
    void theToDosOfFinanceAndTheUnitAreTheTotalsOfTheListsTheyOpen() throws Exception {
        fundings.open(fx.assessed(10_000_00L));
        Todo unit = as(fx.officerName()).stream().filter(t -> t.label().equals("todo.funding.bankAccount"))
                .findFirst().orElseThrow();
        assertThat(unit.section()).isEqualTo(Section.UNIT);
        assertThat(unit.href()).isEqualTo("/unit/funding?state=AWAITING_BANK_DETAILS");
        assertThat(unit.count()).isEqualTo(1).isEqualTo(total(unit.href(), fx.officerName()));
        fundings.enterBankAccount(fx.officer(), fx.bank());
        assertThat(as(fx.officerName()).get(0).count()).isZero();

        Todo finance = as(Staff.FINANCE).stream().filter(t -> t.label().equals("todo.funding.toBatch")).findFirst()
                .orElseThrow();
        assertThat(finance.section()).isEqualTo(Section.FINANCE);
        assertThat(finance.href()).isEqualTo("/funding?state=READY");
        assertThat(finance.count()).isPositive().isEqualTo(total(finance.href(), Staff.FINANCE));
        for (String label : List.of("todo.funding.toBatch", "todo.funding.bankAccount")) {
            assertThat(messages.getMessage(label, null, java.util.Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(messages.getMessage(label, null, java.util.Locale.ENGLISH)).isNotBlank();
        }
        assertThat(as(Staff.REVIEWER)).isEmpty();
    }

    private List<Todo> as(String username) {
        staff.signedIn(username);
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return todos.waitingForCurrentUser();
    }

    private long total(String href, String username) throws Exception {
        return ListPages.total(page(get(href), username));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(staff.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
