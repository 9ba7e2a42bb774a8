package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.payment.BatchPages;
import java.util.List;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Redirects;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The batch page after each action says what was done, names maker and checker and adds up the lines; a paid line
 * tells the talent (the notification module, after the commit, on another thread).
 */
@JiangxinTest
class RewardPaidTest {

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

    @Test
    void eachActionSaysWhatWasDoneAndAPaidRewardTellsTheTalent() throws Exception {
        RewardFixture fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        fx.fundBudget();
        String token = RewardFixture.token();
        var certified = fx.golds(token, 1);
        grants.grant(certified);
        String name = people.find(certified.personId()).orElseThrow().name();
        CurrentUser talent = fx.talent("talent-" + token, name);
        RewardCase own = cases.ofBeneficiary(talent, BeneficiaryKind.PERSON).get(0);
        cases.enterBankDetails(talent, own.id(), RewardFixture.bank(name));

        MvcResult built = mvc.perform(post("/rewards/batches").with(staff.as(Staff.FINANCE)).with(csrf())
                .param("caseIds", String.valueOf(own.id())).param("requestKey", token + "-build"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute(BatchPages.DONE, "batch.done.built"))
                .andReturn();
        String at = built.getResponse().getRedirectedUrl();
        long batchId = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
        String page = Redirects.follow(mvc, built, staff.as(Staff.FINANCE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已生成支付批次 JX-" + batchId + "：共 1 笔，合计 100,000.00 元")
                .contains("测试财务制单 (" + Staff.FINANCE + ")").contains("尚未审批").contains("共 1 笔，合计 100,000.00 元");

        MvcResult approved = mvc.perform(post("/rewards/batches/{id}/approve", batchId).with(staff.as(Staff.FINANCE2))
                .with(csrf()).param("requestKey", token + "-approve"))
                .andExpect(flash().attribute(BatchPages.DONE, "batch.done.approved")).andReturn();
        assertThat(Redirects.follow(mvc, approved, staff.as(Staff.FINANCE2))
                .andReturn().getResponse().getContentAsString())
                .contains("支付批次 JX-" + batchId + " 已审批通过").contains("测试财务复核 (" + Staff.FINANCE2 + ")");

        long line = batches.lines(fx.user(Staff.FINANCE), batchId).get(0).id();
        MvcResult paid = mvc.perform(post("/rewards/batches/{id}/lines/{line}/result", batchId, line)
                .with(staff.as(Staff.FINANCE)).with(csrf()).param("outcome", "PAID").param("requestKey", token + "-paid"))
                .andExpect(flash().attribute(BatchPages.DONE, "batch.done.paid")).andReturn();
        assertThat(Redirects.follow(mvc, paid, staff.as(Staff.FINANCE), r -> {
            r.addParameter("lang", "en");
            return r;
        })
                .andReturn().getResponse().getContentAsString())
                .contains("Recorded: 100,000.00 yuan to " + name + " paid").contains("Paid: 1 lines, 100,000.00 yuan");

        assertThat(notificationFor(talent, own.id())).as("the talent is told, with the date")
                .contains("100,000.00 元已于").contains("支付至 中国工商银行北京朝阳支行");
        assertThat(mvc.perform(get("/my/rewards").with(staff.as(talent.username())).param("q", token))
                .andReturn().getResponse().getContentAsString()).contains("已发放").contains("发放时间");
    }

    /** Waits up to ten seconds for the listener, which runs after the commit on another thread. */
    private String notificationFor(CurrentUser talent, long caseId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> bodies = jdbc.sql("SELECT body FROM notification WHERE event_key = ? AND recipient_account_id = ?")
                    .params("reward-paid:" + caseId, talent.accountId()).query(String.class).list();
            if (!bodies.isEmpty()) {
                return bodies.get(0);
            }
            Thread.sleep(100);
        }
        return "";
    }
}
