package cn.jiangxin.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.jiangxin.testsupport.TrackingFixture;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TrackingFixture;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * WF-5 for the talent: the first submission of a case opens their account (once), the officer sees the one-time
 * password once, the talent must change it, then follows their own cases and nobody else's.
 */
@JiangxinTest
class TalentTrackingTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired CaseReview review;
    @Autowired NoticeBoard board;
    @Autowired AccountRegistry accounts;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    CurrentUser officer;
    TrackingFixture fixture;

    @BeforeEach
    void setUp() {
        officer = staff.officer();
        fixture = new TrackingFixture(people, new Cases(nominations, uploads, review, board));
    }

    RequestPostProcessor as(String username) {
        return staff.as(username);
    }

    /** Submits through the page as the officer; the credentials the next page would show, if any. */
    IssuedCredentials submit(long id) throws Exception {
        MvcResult r = mvc.perform(post("/nominations/" + id + "/actions/SUBMIT").with(csrf()).with(as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/" + id)).andReturn();
        assertThat(r.getFlashMap().get("done")).as("submitted, not refused").isEqualTo("SUBMIT");
        return (IssuedCredentials) r.getFlashMap().get("talentCredentials");
    }

    long accountsOf(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE person_id = ?").param(personId).query(Long.class).single();
    }

    Document page(String url, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The talent after changing the one-time password, as the sign-in gate then lets them through. */
    String signedInTalent(IssuedCredentials credentials) {
        accounts.changePassword(credentials.username(), credentials.oneTimePassword(), "Mine-2026-abc");
        return credentials.username();
    }

    @Test
    void theFirstSubmissionOpensTheTalentsAccountAndNoLaterOneDoes() throws Exception {
        long person = fixture.newPerson(officer, "王小焊");
        long first = fixture.readyCase(officer, person);
        assertThat(accountsOf(person)).as("a draft opens no account").isZero();

        IssuedCredentials issued = submit(first);
        assertThat(issued.username()).matches("t\\d{7}");
        var row = jdbc.sql("SELECT display_name, must_change_password, password_hash FROM account WHERE person_id = ?")
                .param(person).query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getString(3)})
                .single();
        assertThat(row[0]).isEqualTo("王小焊");
        assertThat(row[1]).isEqualTo(true);
        assertThat(encoder.matches(issued.oneTimePassword(), (String) row[2])).isTrue();
        assertThat(accounts.list()).filteredOn(a -> a.username().equals(issued.username()))
                .singleElement().satisfies(a -> assertThat(a.roles()).containsExactly(cn.jiangxin.identity.Role.TALENT));
        assertThat(audit.latest("", "account", issued.username(), 5)).extracting(a -> a.action())
                .contains("TALENT_ACCOUNT_OPENED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?").param("%" + issued.oneTimePassword() + "%")
                .query(Long.class).single()).as("the password is never written to the audit log").isZero();

        CurrentUser both = staff.reviewer();
        nominations.act(both, first, NominationAction.TAKE, null);
        nominations.act(both, first, NominationAction.RETURN, "请补充证书原件扫描件");
        assertThat(submit(first)).as("resubmission").isNull();

        nominations.act(officer, first, NominationAction.WITHDRAW, "改报下一批");
        long second = fixture.readyCase(officer, person);
        assertThat(submit(second)).as("a later case of the same person").isNull();
        assertThat(accountsOf(person)).isEqualTo(1);
    }

    @Test
    void theOfficerSeesTheOneTimePasswordOnlyOnTheNextPage() throws Exception {
        long id = fixture.readyCase(officer, fixture.newPerson(officer, "赵一次"));
        MvcResult submitted = mvc.perform(post("/nominations/" + id + "/actions/SUBMIT").with(csrf()).with(as(Staff.OFFICER)))
                .andReturn();
        IssuedCredentials issued = (IssuedCredentials) submitted.getFlashMap().get("talentCredentials");
        Cookie session = submitted.getResponse().getCookie("SESSION");

        Document shown = Jsoup.parse(mvc.perform(get("/nominations/" + id).cookie(session).with(as(Staff.OFFICER)))
                .andReturn().getResponse().getContentAsString());
        assertThat(shown.getElementById("talent-username").text()).isEqualTo(issued.username());
        assertThat(shown.getElementById("talent-password").text()).isEqualTo(issued.oneTimePassword());
        assertThat(shown.getElementById("talent-credentials").text()).contains("请将账号和初始密码转交本人，首次登录须修改密码");

        Document later = Jsoup.parse(mvc.perform(get("/nominations/" + id).cookie(session).with(as(Staff.OFFICER)))
                .andReturn().getResponse().getContentAsString());
        assertThat(later.getElementById("talent-credentials")).isNull();
        assertThat(later.html()).doesNotContain(issued.oneTimePassword());
        assertThat(later.getElementById("talent-account").text()).isEqualTo(issued.username());
        assertThat(page("/nominations/" + id, Staff.REVIEWER).getElementById("talent-account"))
                .as("only the unit manages the talent's account").isNull();
    }

    @Test
    void theTalentMustChangeTheOneTimePasswordBeforeAnythingElse() throws Exception {
        long person = fixture.newPerson(officer, "钱首登");
        IssuedCredentials issued = submit(fixture.readyCase(officer, person));
        mvc.perform(get("/my").with(as(issued.username()))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/notifications").with(as(issued.username()))).andExpect(redirectedUrl("/account/password"));

        signedInTalent(issued);
        mvc.perform(get("/my").with(as(issued.username()))).andExpect(status().isOk());
    }

    @Test
    void theTalentFollowsTheirOwnCasesReadOnlyAndNobodyElses() throws Exception {
        long person = fixture.newPerson(officer, "孙跟踪");
        long id = fixture.readyCase(officer, person);
        String talent = signedInTalent(submit(id));
        CurrentUser reviewer = staff.reviewer();
        nominations.act(reviewer, id, NominationAction.TAKE, null);
        nominations.act(reviewer, id, NominationAction.RETURN, "获奖证书请提供原件扫描件");

        Document my = page("/my", talent);
        assertThat(my.select("h1").text()).isEqualTo("我的推荐");
        assertThat(my.getElementById("case-" + id).select(".state").text()).isEqualTo("已退回");
        assertThat(my.getElementById("case-" + id).select(".jx-step-current").text()).startsWith("已退回");
        assertThat(my.getElementById("case-" + id).text()).contains("获奖证书请提供原件扫描件",
                "推荐单位按退回理由修改后重新提交", "单位经办人");

        Document detail = page("/my/nominations/" + id, talent);
        assertThat(detail.getElementById("state").text()).isEqualTo("已退回");
        assertThat(detail.select(".jx-step").eachText()).hasSize(8);
        assertThat(detail.select("#history tbody tr").eachText()).hasSize(3)
                .anySatisfy(row -> assertThat(row).contains("退回修改", "初审人员", "获奖证书请提供原件扫描件"));
        assertThat(detail.text()).as("roles, never staff names").doesNotContain(staff.reviewer().displayName());

        nominations.act(officer, id, NominationAction.WITHDRAW, "改为重新填写");
        long draft = nominations.open(officer, person);
        assertThat(page("/my", talent).getElementById("case-" + draft).select(".gaps li").eachText())
                .contains("请上传签字盖章后的推荐表扫描件");

        long someoneElses = nominations.open(officer, fixture.newPerson(officer, "钱别人"));
        mvc.perform(get("/my/nominations/" + someoneElses).with(as(talent))).andExpect(status().isNotFound());
        assertThat(page("/my", talent).getElementById("case-" + someoneElses)).isNull();
        mvc.perform(get("/nominations/" + id).with(as(talent))).andExpect(status().isForbidden());
        mvc.perform(post("/nominations/" + id + "/actions/WITHDRAW").param("reason", "x").with(csrf()).with(as(talent)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/nominations/" + draft + "/actions/SUBMIT").with(csrf()).with(as(talent)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficerCanGiveALostPasswordANewOneTimePassword() throws Exception {
        long person = fixture.newPerson(officer, "周忘记");
        long id = fixture.readyCase(officer, person);
        String talent = signedInTalent(submit(id));

        MvcResult r = mvc.perform(post("/nominations/" + id + "/talent-account/password").with(csrf()).with(as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/" + id)).andReturn();
        IssuedCredentials fresh = (IssuedCredentials) r.getFlashMap().get("talentCredentials");
        assertThat(fresh.username()).isEqualTo(talent);
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(talent).query(String.class).single();
        assertThat(encoder.matches(fresh.oneTimePassword(), hash)).isTrue();
        assertThat(encoder.matches("Mine-2026-abc", hash)).isFalse();
        mvc.perform(get("/my").with(as(talent))).andExpect(redirectedUrl("/account/password"));
        assertThat(audit.latest("", "account", talent, 5)).extracting(a -> a.action()).contains("TALENT_PASSWORD_RESET");

        mvc.perform(post("/nominations/" + id + "/talent-account/password").with(csrf()).with(as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/nominations/" + id + "/talent-account/password").with(csrf()).with(as(Staff.REVIEWER)))
                .andExpect(status().isForbidden());

        assertThat(page("/nominations/" + id, Staff.OFFICER).getElementById("talent-reset")).isNotNull();
        accounts.changePassword(talent, fresh.oneTimePassword(), "Mine-2026-xyz");
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                .user(talent).password("Mine-2026-xyz")).andExpect(redirectedUrl("/"));
        Document afterLogin = page("/nominations/" + id, Staff.OFFICER);
        assertThat(afterLogin.getElementById("talent-reset")).as("only the Bureau resets now").isNull();
        assertThat(afterLogin.getElementById("talent-reset-bureau").text()).contains("系统管理员");
    }

    @Test
    void theListAndTheCasePageShowTheStepIndicatorAndWhoActsNext() throws Exception {
        long id = fixture.readyCase(officer, fixture.newPerson(officer, "吴进度"));
        submit(id);
        Document detail = page("/nominations/" + id, Staff.OFFICER);
        assertThat(detail.select(".jx-step").eachText()).hasSize(7);
        assertThat(detail.select(".jx-step-done").eachText()).singleElement().asString().startsWith("草稿");
        assertThat(detail.select("[aria-current=step]").text()).startsWith("已提交");
        assertThat(detail.select(".next-step").text()).contains("等待区人力社保局初审受理", "初审人员");
        Document list = page("/nominations", Staff.REVIEWER);
        assertThat(list.select("#nominations tr:has(a[href=/nominations/" + id + "]) .jx-steps-compact")).hasSize(1);
        assertThat(page("/nominations/" + id, Staff.REVIEWER).select("#history td").eachText()).contains("单位经办人");
    }

    @Test
    void afterTheCommitTheTalentFindsANotificationOfTheSubmission() throws Exception {
        long id = fixture.readyCase(officer, fixture.newPerson(officer, "郑通知"));
        String talent = signedInTalent(submit(id));
        long account = jdbc.sql("SELECT id FROM account WHERE username = ?").param(talent).query(Long.class).single();
        // the listener runs asynchronously once the submission has committed
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT link FROM notification WHERE recipient_account_id = ?").param(account).query(String.class).list())
                .containsExactly("/my/nominations/" + id));
        Document home = page("/my", talent);
        assertThat(home.getElementById("unread-count").text()).isEqualTo("1");
        assertThat(page("/notifications", talent).select("#notifications li").text()).contains("您的推荐案件：已提交");
    }
}
