package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangxin.testsupport.TrackingFixture;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #4 end to end in one browser, each step by the person who takes it: the officer submits a nomination and
 * hands the talent their credentials; the reviewer returns it; the officer fixes and resubmits it; the reviewer
 * verifies the achievement and passes it; the approver approves it and opens the public notice; a visitor files an
 * objection; the approver dismisses it; once the clock is past the notice period the approver certifies; the talent
 * logs in and sees the certification and the last day of the support period.
 */
@MovableClock
class LeadingTalentJourneyBrowserTest extends BrowserTestSupport {

    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired People people;
    @Autowired NoticeBoard board;
    @Autowired CaseReview review;
    @Autowired Certifications certifications;
    @Autowired UserDetailsService users;
    @Autowired MutableClock clock;
    @Autowired Staff staff;

    @Test
    void fromTheUnitsRecommendationToACertifiedTalentWhoSeesTheSupportPeriod() {
        NoticeFixture days = new NoticeFixture(nominations, uploads, people, board, review, staff, clock);
        days.setClock(LocalDate.of(2025, 9, 30), LocalTime.of(9, 30));
        CurrentUser officer = DemoCase.user(users, "officer");
        TrackingFixture cases = new TrackingFixture(people, new Cases(nominations, uploads, review, board));
        long personId = cases.newPerson(officer, "郑师傅");
        String name = people.find(personId).orElseThrow().name();
        long id = cases.readyCase(officer, personId);
        String casePage = "/nominations/" + id;

        login("officer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open(casePage + "/edit");
        waitForText(By.cssSelector("#eligibility #decision"), "符合高技能领军人才条件");
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-submit")));
        submitAndWaitForNextPage(waitFor(By.id("confirm-submit")));
        waitForText(By.id("submitted-message"), "提交区人力社保局");
        String talent = browser.findElement(By.id("talent-username")).getText();
        String oneTime = browser.findElement(By.id("talent-password")).getText();
        logout();

        login("reviewer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/review");
        waitForText(By.id("queue"), name);
        open(casePage);
        submitAndWaitForNextPage(waitFor(By.id("action-TAKE")));
        waitForText(By.id("state"), "初审中");
        waitFor(By.id("reason-RETURN")).sendKeys("主要业绩请写明带徒人数");
        submitAndWaitForNextPage(browser.findElement(By.id("action-RETURN")));
        waitForText(By.id("state"), "已退回");
        logout();

        login("officer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open(casePage + "/edit");
        waitForText(By.id("return-reason"), "主要业绩请写明带徒人数");
        WebElement accomplishments = browser.findElement(By.id("accomplishments"));
        accomplishments.clear();
        accomplishments.sendKeys("长期从事焊接工作，带徒12人");
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-save")));
        waitForText(By.tagName("body"), "草稿已保存");
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-submit")));
        submitAndWaitForNextPage(waitFor(By.id("confirm-submit")));
        waitForText(By.id("submitted-message"), "提交区人力社保局");
        assertThat(browser.findElements(By.id("talent-username"))).as("the account is opened only once").isEmpty();
        logout();

        login("reviewer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open(casePage);
        submitAndWaitForNextPage(waitFor(By.id("action-TAKE")));
        submitAndWaitForNextPage(waitFor(By.id("action-PASS")));
        waitForText(By.id("refusal"), "第1项业绩尚未核实");
        submitAndWaitForNextPage(waitFor(By.id("check-submit-0")));
        waitForText(By.id("check-0"), "属实");
        submitAndWaitForNextPage(browser.findElement(By.id("action-PASS")));
        waitForText(By.id("state"), "初审通过");
        assertThat(browser.findElement(By.id("stored-decision")).getText()).contains("北京市朝阳区高技能领军人才服务支持办法")
                .doesNotContain("chaoyang-2025-draft");
        logout();

        login("approver", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/approval");
        waitForText(By.id("queue"), name);
        open(casePage);
        submitAndWaitForNextPage(waitFor(By.id("action-APPROVE_FOR_NOTICE")));
        waitForText(By.id("state"), "复审通过待公示");
        submitAndWaitForNextPage(browser.findElement(By.id("action-OPEN_NOTICE")));
        waitFor(By.id("title")).sendKeys("2025年第二批朝阳区高技能领军人才拟认定人员公示");
        assertThat(browser.findElement(By.id("case-" + id)).isSelected()).isTrue();
        submitAndWaitForNextPage(browser.findElement(By.id("notice-publish")));
        waitForText(By.id("notice-published"), "公示已发布");
        logout();

        open("/public/notices");
        submitAndWaitForNextPage(waitFor(By.id("group-running")).findElement(By.partialLinkText("2025年第二批")));
        assertThat(waitFor(By.id("notice-cases")).getText()).contains(name);
        submitAndWaitForNextPage(browser.findElement(By.id("object-" + id)));
        waitFor(By.id("body")).sendKeys("该人员已调离本单位");
        browser.findElement(By.id("name")).sendKeys("李女士");
        browser.findElement(By.id("contact")).sendKeys("lee@example.cn");
        submitAndWaitForNextPage(browser.findElement(By.id("objection-submit")));
        waitFor(By.id("receipt-no"));

        login("approver", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open(casePage);
        WebElement objection = waitFor(By.cssSelector(".objection"));
        objection.findElement(By.cssSelector("input[value='DISMISSED']")).click();
        objection.findElement(By.name("reason")).sendKeys("经向单位核实，该人员仍在本单位工作");
        submitAndWaitForNextPage(objection.findElement(By.cssSelector("button[id^='resolve-']")));
        waitForText(By.cssSelector(".objection-outcome"), "异议不成立");

        days.afterNotice(board.ofCase(id).orElseThrow());
        open(casePage);
        submitAndWaitForNextPage(waitFor(By.id("action-CERTIFY")));
        waitForText(By.id("state"), "已认定");
        var certification = certifications.ofNomination(id).orElseThrow();
        assertThat(certification.supportStart()).isEqualTo(LocalDate.of(2025, 10, 14));
        logout();

        login(talent, oneTime);
        waitForText(By.tagName("h1"), "修改密码");
        browser.findElement(By.id("current")).sendKeys(oneTime);
        browser.findElement(By.id("next")).sendKeys("Welder-Cert-2025");
        browser.findElement(By.id("repeat")).sendKeys("Welder-Cert-2025");
        submitAndWaitForNextPage(browser.findElement(By.id("password-submit")));
        login(talent, "Welder-Cert-2025");
        waitFor(By.id("account-menu"));
        open("/my");
        waitForText(By.id("case-" + id), "已认定");
        open("/my/certification");
        String card = waitFor(By.id("certification-" + certification.id())).getText();
        assertThat(card).contains(certification.certificateNo(), "有效", "2025-10-14", "2027-10-13");
    }
}
