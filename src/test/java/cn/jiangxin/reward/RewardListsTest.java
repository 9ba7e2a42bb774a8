package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.payment.PaymentBatch;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.Money;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reward case lists (finance's, the training unit's, the talent's) and the payment batch list: pages, a filter,
 * sorting, the export of exactly the filtered rows with their total, and the 400 page for parameters they cannot take.
 */
@JiangxinTest
class RewardListsTest {

    private static final Pattern MEDAL = Pattern.compile("第(\\d\\d)枚金牌");

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired AccountRegistry accounts;
    @Autowired PolicyVersions versions;
    @Autowired JdbcClient jdbc;
    @Autowired RewardGrants grants;
    @Autowired RewardCases cases;
    @Autowired PaymentBatches batches;

    RewardFixture fx;
    String token;
    TalentCertified certified;

    /** 12 gold medals of one new person: 24 cases, 12 to the talent and 12 to the school, found by the token. */
    @BeforeEach
    void setUp() {
        fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        token = RewardFixture.token();
        certified = fx.golds(token, 12);
        grants.grant(certified);
    }

    @Test
    void financePagesTheCasesFiltersByKindSortsAndExportsExactlyTheFilteredCasesWithTheirTotal() throws Exception {
        String first = page(get("/rewards").param("q", token), Staff.FINANCE);
        assertThat(first).contains("共 24 条").contains("，第 1–20 条").contains("aria-sort=\"descending\"");
        assertThat(medals(first)).hasSize(20);
        assertThat(page(get("/rewards").param("q", token).param("page", "2"), Staff.FINANCE)).contains("第 21–24 条");
        assertThat(medals(page(get("/rewards").param("q", token).param("size", "50"), Staff.FINANCE))).hasSize(24);

        String contestants = page(get("/rewards").param("q", token).param("kind", "PERSON").param("sort", "wonOn")
                .param("dir", "asc"), Staff.FINANCE);
        assertThat(contestants).contains("共 12 条").contains("选手本人").doesNotContain("<td class=\"text-nowrap\">培养单位</td>");
        assertThat(medals(contestants)).containsExactly("00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                "11");
        assertThat(contestants).as("the filter and the sort are kept in the export link")
                .contains("/rewards.xlsx?q=" + token + "&amp;kind=PERSON&amp;sort=wonOn&amp;dir=asc");
        String down = page(get("/rewards").param("q", token).param("kind", "PERSON").param("sort", "wonOn")
                .param("dir", "desc"), Staff.FINANCE);
        assertThat(medals(down).get(0)).isEqualTo("11");

        List<List<String>> sheet = export(get("/rewards.xlsx").param("q", token).param("kind", "PERSON")
                .param("sort", "wonOn").param("dir", "asc"), Staff.FINANCE);
        assertThat(sheet.get(0).get(0)).isEqualTo("奖励案件");
        List<List<String>> rows = sheet.subList(2, sheet.size() - 1);
        assertThat(rows).hasSize(12).allMatch(r -> r.get(1).equals("选手本人") && r.get(5).equals("待填写银行账户"));
        assertThat(rows.get(0).get(3)).isEqualTo(token + " 第00枚金牌");
        long personFen = cases.forFinance(fx.user(Staff.FINANCE), null, BeneficiaryKind.PERSON).stream()
                .filter(c -> c.medalDescription().startsWith(token)).mapToLong(RewardCase::amountFen).sum();
        assertThat(sheet.get(sheet.size() - 1).get(0)).isEqualTo("合计");
        assertThat(new BigDecimal(sheet.get(sheet.size() - 1).get(9))).isEqualByComparingTo(Money.decimalYuan(personFen));

        String english = page(get("/rewards").param("q", token).param("kind", "TRAINING_UNIT").param("lang", "en"),
                Staff.FINANCE);
        assertThat(english).contains("Training unit").contains("Awaiting bank details");
    }

    @Test
    void theTrainingUnitAndTheTalentPageTheirOwnCasesAndExportThem() throws Exception {
        String unit = page(get("/unit/rewards").param("q", token), Staff.OFFICER);
        assertThat(unit).contains("共 12 条").contains("/unit/rewards.xlsx?q=" + token);
        assertThat(page(get("/unit/rewards").param("q", token), Staff.OFFICER2)).contains("共 0 条");
        assertThat(page(get("/unit/rewards").param("q", token).param("state", "PAID"), Staff.OFFICER)).contains("共 0 条");
        List<List<String>> sheet = export(get("/unit/rewards.xlsx").param("q", token), Staff.OFFICER);
        assertThat(sheet.subList(2, sheet.size() - 1)).hasSize(12).allMatch(r -> r.get(0).equals(RewardFixture.SCHOOL));

        String name = people.find(certified.personId()).orElseThrow().name();
        CurrentUser talent = fx.talent("talent-" + token, name);
        assertThat(page(get("/my/rewards").param("q", token), talent.username())).contains("共 12 条");
        assertThat(export(get("/my/rewards.xlsx").param("q", token), talent.username())).hasSize(2 + 12 + 1);
    }

    @Test
    void theBatchListFindsABatchByItsBeneficiaryFiltersSortsAndExportsItWithItsTotal() throws Exception {
        String name = people.find(certified.personId()).orElseThrow().name();
        CurrentUser talent = fx.talent("talent-" + token, name);
        List<RewardCase> own = cases.ofBeneficiary(talent, BeneficiaryKind.PERSON);
        cases.enterBankDetails(talent, own.get(0).id(), RewardFixture.bank(name));
        cases.enterBankDetails(talent, own.get(1).id(), RewardFixture.bank(name));
        PaymentBatch one = batches.build(fx.user(Staff.FINANCE), List.of(own.get(0).id()), token + "-1");
        PaymentBatch two = batches.build(fx.user(Staff.FINANCE2), List.of(own.get(1).id()), token + "-2");

        String found = page(get("/rewards/batches").param("q", name), Staff.FINANCE);
        assertThat(found).contains("共 2 条").contains(one.number()).contains(two.number())
                .contains("测试财务制单 (" + Staff.FINANCE + ")");
        assertThat(found.indexOf(two.number() + "<")).as("newest first").isLessThan(found.indexOf(one.number() + "<"));
        String mine = page(get("/rewards/batches").param("q", name).param("maker", "me"), Staff.FINANCE);
        assertThat(mine).contains("共 1 条").contains(one.number()).doesNotContain(two.number() + "<");
        assertThat(page(get("/rewards/batches").param("q", two.number()), Staff.FINANCE)).contains("共 1 条");
        String ascending = page(get("/rewards/batches").param("q", name).param("sort", "number").param("dir", "asc"),
                Staff.FINANCE);
        assertThat(ascending.indexOf(one.number() + "<")).isLessThan(ascending.indexOf(two.number() + "<"));

        List<List<String>> sheet = export(get("/rewards/batches.xlsx").param("q", name).param("state", "SUBMITTED"),
                Staff.FINANCE);
        assertThat(sheet.get(0).get(0)).isEqualTo("支付批次");
        assertThat(sheet.subList(2, sheet.size() - 1)).extracting(r -> r.get(0))
                .containsExactly(two.number(), one.number());
        assertThat(new BigDecimal(sheet.get(sheet.size() - 1).get(8)))
                .isEqualByComparingTo(Money.decimalYuan(one.totalFen() + two.totalFen()));

        fx.fundBudget();
        batches.approve(fx.user(Staff.FINANCE2), one.id(), token + "-1-ok");
        String ledger = page(get("/ledger").param("q", "支付批次" + one.id() + "审批"), Staff.FINANCE);
        assertThat(ledger).as("the ledger names the beneficiary of a payable line").contains("共 1 条")
                .contains("<td>" + name + "</td>").doesNotContain("PERSON:");
        List<List<String>> entries = export(get("/ledger.xlsx").param("q", "支付批次" + one.id() + "审批"), Staff.FINANCE);
        assertThat(entries.get(2).get(5)).contains("借 应付奖励（已审批待支付） " + name + " 100,000.00");
    }

    @Test
    void parametersTheListsCannotTakeGetTheBadRequestPage() throws Exception {
        bad(get("/rewards").param("state", "LOST"), Staff.FINANCE);
        bad(get("/rewards.xlsx").param("page", "0"), Staff.FINANCE);
        bad(get("/rewards").param("sort", "bank_account_enc"), Staff.FINANCE);
        bad(get("/rewards").param("from", "2026-02-30"), Staff.FINANCE);
        bad(get("/rewards/batches").param("maker", "someone"), Staff.FINANCE);
        bad(get("/rewards/batches").param("size", "1000"), Staff.FINANCE);
        bad(get("/rewards/batches.xlsx").param("from", "2026-05-02").param("to", "2026-05-01"), Staff.FINANCE);
        bad(get("/unit/rewards").param("state", "paid"), Staff.OFFICER);
        bad(get("/unit/rewards").param("dir", "up"), Staff.OFFICER);
        mvc.perform(get("/rewards.xlsx").with(staff.as(Staff.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/rewards/batches.xlsx").with(staff.as(Staff.OFFICER))).andExpect(status().isForbidden());
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(staff.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<List<String>> export(MockHttpServletRequestBuilder request, String username) throws Exception {
        return ExcelRows.of(mvc.perform(request.with(staff.as(username))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray());
    }

    private void bad(MockHttpServletRequestBuilder request, String username) throws Exception {
        mvc.perform(request.with(staff.as(username))).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    /** The medal numbers of the rows, in the order shown. */
    private static List<String> medals(String html) {
        return MEDAL.matcher(html).results().map(m -> m.group(1)).toList();
    }
}
