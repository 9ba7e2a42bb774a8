package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.payment.PaymentBatch;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JiangxinTest
class RewardPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired UserDetailsService details;
    @Autowired RewardGrants grants;
    @Autowired RewardCases cases;
    @Autowired PaymentBatches batches;
    @Autowired Ledger ledger;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired AccountRegistry accounts;
    @Autowired PolicyVersions versions;

    RewardFixture fx;

    @BeforeEach
    void setUp() {
        fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        fx.fundBudget();
        fx.talent("talent-wangfang", "王芳");
    }

    RequestPostProcessor as(String username) {
        return staff.as(username);
    }

    long[] certify() {
        TalentCertified event = fx.goldFor("王芳");
        grants.grant(event);
        String medal = event.worldSkillsGolds().get(0).medalKey();
        return new long[] {
            jdbc.sql("SELECT id FROM reward_case WHERE medal_key = ? AND beneficiary_kind = 'PERSON'").param(medal).query(Long.class).single(),
            jdbc.sql("SELECT id FROM reward_case WHERE medal_key = ? AND beneficiary_kind = 'TRAINING_UNIT'").param(medal).query(Long.class).single()};
    }

    void enterBankDetails(long[] ids) throws Exception {
        mvc.perform(post("/my/rewards/{id}/bank", ids[0]).with(as("talent-wangfang")).with(csrf())
                .param("holder", "王芳").param("bankName", "中国建设银行北京朝阳支行").param("accountNumber", "6217 0000 1111 2222 333"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/unit/rewards/{id}/bank", ids[1]).with(as(Staff.OFFICER)).with(csrf())
                .param("holder", RewardFixture.SCHOOL).param("bankName", "北京银行朝阳支行").param("accountNumber", "20000012345678901"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void beneficiariesEnterTheirBankDetailsAndSeeThemMaskedOthersGet404() throws Exception {
        long[] ids = certify();
        mvc.perform(get("/my/rewards").with(as("talent-wangfang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待填写银行账户")));
        mvc.perform(get("/unit/rewards/{id}/bank", ids[1]).with(as(Staff.OFFICER2))).andExpect(status().isNotFound());
        mvc.perform(get("/my/rewards/{id}/bank", ids[1]).with(as("talent-wangfang"))).andExpect(status().isNotFound());
        assertThat(Breadcrumbs.problems("/unit/rewards/" + ids[1] + "/bank", mvc.perform(get("/unit/rewards/{id}/bank", ids[1])
                .with(as(Staff.OFFICER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())).isEmpty();
        mvc.perform(post("/my/rewards/{id}/bank", ids[0]).with(as("talent-wangfang")).with(csrf())
                .param("holder", "王芳").param("bankName", "中国建设银行").param("accountNumber", "12ab"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("银行账号须为8至30位数字")));
        enterBankDetails(ids);
        mvc.perform(get("/my/rewards").with(as("talent-wangfang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("6217 **** **** 2333")))
                .andExpect(content().string(not(containsString("62170000111122223333"))))
                .andExpect(content().string(containsString("待支付")));
        mvc.perform(get("/unit/rewards").with(as(Staff.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2000 **** **** 8901")));
        mvc.perform(get("/unit/rewards").with(as(Staff.OFFICER2))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("2000 **** **** 8901"))));
        mvc.perform(get("/rewards").with(as(Staff.OFFICER))).andExpect(status().isForbidden());

        mvc.perform(get("/rewards/{id}", ids[0]).with(as(Staff.FINANCE))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("6217000011112222333"))));
        mvc.perform(post("/rewards/{id}/reveal", ids[0]).with(as(Staff.FINANCE)).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("6217000011112222333")));
        assertThat(audit.latest(Staff.FINANCE, "reward_case", String.valueOf(ids[0]), 5)).extracting(r -> r.action())
                .contains("READ_BANK_ACCOUNT");
    }

    @Test
    void moneyPostsAreIdempotentRefusalsAre422AndAnOverdrawingApprovalWritesNothing() throws Exception {
        long[] ids = certify();
        enterBankDetails(ids);
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/rewards/batches").with(as(Staff.FINANCE)).with(csrf()).header("Idempotency-Key", key)
                .param("caseIds", String.valueOf(ids[0]), String.valueOf(ids[1])))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(post("/rewards/batches").with(as(Staff.FINANCE)).with(csrf()).header("Idempotency-Key", key)
                .param("caseIds", String.valueOf(ids[0]), String.valueOf(ids[1])))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(again).isEqualTo(first);
        long batchId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        assertThat(Breadcrumbs.problems(first, mvc.perform(get(first).with(as(Staff.FINANCE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).isEmpty();
        mvc.perform(post("/rewards/batches").with(as(Staff.FINANCE)).with(csrf()).param("caseIds", String.valueOf(ids[0])))
                .andExpect(status().is(422)).andExpect(content().string(containsString("幂等编号")));

        mvc.perform(post("/rewards/batches/{id}/approve", batchId).with(as(Staff.FINANCE)).with(csrf())
                .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("制单人不能审批自己制作的批次")));

        long budget = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
        Entry squeeze = ledger.post(new Posting("TEST:squeeze:" + batchId, "test: leave 150,000 yuan", List.of(
                PostingLine.debit(LedgerAccount.REWARD_PAYABLE, "TEST", budget - 15_000_000L),
                PostingLine.credit(LedgerAccount.REWARD_BUDGET, null, budget - 15_000_000L))));
        long entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        mvc.perform(post("/rewards/batches/{id}/approve", batchId).with(as(Staff.FINANCE2)).with(csrf())
                .header("Idempotency-Key", "approve-" + batchId))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("预算余额不足：可用150,000.00元，本批次需要200,000.00元")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single()).isEqualTo(entries);
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(15_000_000L);
        assertThat(batches.require(fx.user(Staff.FINANCE), batchId).state()).isEqualTo(PaymentBatch.State.SUBMITTED);
        assertThat(batches.lines(fx.user(Staff.FINANCE), batchId)).extracting(PaymentLine::state)
                .containsOnly(PaymentLine.State.PENDING);
        assertThat(ledger.trialBalance().balanced()).isTrue();

        ledger.reverse(squeeze.id(), "test done");
        mvc.perform(post("/rewards/batches/{id}/approve", batchId).with(as(Staff.FINANCE2)).with(csrf())
                .header("Idempotency-Key", "approve-" + batchId)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/rewards/batches/{id}/approve", batchId).with(as(Staff.FINANCE2)).with(csrf())
                .header("Idempotency-Key", "approve-" + batchId)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/rewards/batches/{id}/approve", batchId).with(as(Staff.FINANCE2)).with(csrf())
                .header("Idempotency-Key", "approve-twice-" + batchId))
                .andExpect(status().is(422)).andExpect(content().string(containsString("不能重复审批")));

        byte[] xlsx = mvc.perform(get("/rewards/batches/{id}/export", batchId).with(as(Staff.FINANCE2)))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ExcelRows.of(xlsx);
        assertThat(rows).as("title, header, two lines, total").hasSize(5);
        assertThat(rows.get(0).get(0)).isEqualTo("支付批次 JX-" + batchId + " 国库支付清单");
        assertThat(rows.get(1).get(4)).isEqualTo("银行账号");
        assertThat(rows.subList(2, 4)).extracting(r -> r.get(4))
                .containsExactlyInAnyOrder("6217000011112222333", "20000012345678901");
        assertThat(rows.subList(2, 4)).extracting(r -> r.get(1)).allMatch(n -> n.startsWith("JX-" + batchId + "-"));
        assertThat(rows.subList(2, 4)).extracting(r -> r.get(6)).containsExactlyInAnyOrder(
                "世界技能大赛金牌一次性奖励（选手本人）：第47届世界技能大赛焊接项目金牌",
                "世界技能大赛金牌一次性奖励（培养单位）：第47届世界技能大赛焊接项目金牌");
        assertThat(rows.get(4).get(0)).isEqualTo("合计");
        assertThat(new java.math.BigDecimal(rows.get(4).get(5))).isEqualByComparingTo("200000");
        assertThat(audit.latest(Staff.FINANCE2, "payment_batch", String.valueOf(batchId), 10))
                .filteredOn(r -> r.action().equals("READ_BANK_ACCOUNT")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("2 lines"));

        List<PaymentLine> lines = batches.lines(fx.user(Staff.FINANCE), batchId);
        long personLine = lines.stream().filter(l -> l.kind() == BeneficiaryKind.PERSON).findFirst().orElseThrow().id();
        mvc.perform(post("/rewards/batches/{id}/lines/{line}/result", batchId, personLine).with(as(Staff.FINANCE)).with(csrf())
                .param("outcome", "PAID").param("requestKey", "result-" + personLine)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/rewards/batches/{id}/lines/{line}/result", batchId, personLine).with(as(Staff.FINANCE)).with(csrf())
                .param("outcome", "PAID").param("requestKey", "result-again-" + personLine))
                .andExpect(status().is(422)).andExpect(content().string(containsString("不能再次支付")));
        byte[] reexport = mvc.perform(get("/rewards/batches/{id}/export", batchId).with(as(Staff.FINANCE2)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> again2 = ExcelRows.of(reexport);
        assertThat(again2.subList(2, again2.size() - 1)).extracting(r -> r.get(4))
                .as("a paid line is never sent to the treasury again").containsExactly("20000012345678901");
        mvc.perform(get("/my/rewards").with(as("talent-wangfang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已发放")));
        mvc.perform(get("/my/rewards").with(as("talent-wangfang")).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">paid<")));
    }

    @Test
    void financePagesShowBalancesEntriesAndAZeroTrialBalance() throws Exception {
        for (String page : List.of("/rewards", "/rewards/batches", "/ledger", "/ledger/allocations", "/finance")) {
            mvc.perform(get(page).with(as(Staff.FINANCE))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(Staff.OFFICER))).andExpect(status().isForbidden());
        }
        certify();
        String cases = mvc.perform(get("/rewards").with(as(Staff.FINANCE))).andReturn().getResponse().getContentAsString();
        assertThat(cases).as("the medal in words, its key as the title").contains("<td class=\"small\" title=\"WSG-")
                .doesNotContain(">WSG-");
        mvc.perform(get("/finance").with(as(Staff.FINANCE))).andExpect(content().string(allOf(containsString("月末可用预算"),
                containsString("data-chart=\"{&quot;months&quot;:[&quot;"), containsString("/js/finance-chart.js"))));
        mvc.perform(post("/ledger/allocations").with(as(Staff.FINANCE)).with(csrf()).param("amount", "-5")
                .param("reference", "x").param("allocatedOn", "2025-05-01").param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("金额须为正数")));
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/ledger/allocations").with(as(Staff.FINANCE)).with(csrf()).param("amount", "1,000.50")
                .param("reference", "京财〔2025〕7号").param("allocatedOn", "2025-05-01").param("requestKey", key))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/ledger").with(as(Staff.FINANCE))).andExpect(content().string(containsString("试算平衡：借贷相等。")))
                .andExpect(content().string(containsString("id=\"trial-difference\">0.00<")))
                .andExpect(content().string(containsString("借 1,000.50")))
                .andExpect(content().string(containsString(
                        "<span title=\"业务编号：ALLOC:" + key + "\">预算拨款 京财〔2025〕7号</span>")))
                .andExpect(content().string(containsString(">测试财务制单 (" + Staff.FINANCE + ")<")));
    }
}
