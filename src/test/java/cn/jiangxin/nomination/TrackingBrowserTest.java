package cn.jiangxin.nomination;

import cn.jiangxin.testsupport.TrackingFixture;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.testsupport.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * WF-5 in a real browser: the officer submits a case and reads the talent's new credentials; the talent logs in,
 * must change the one-time password, then sees the case as submitted on the step indicator and a notification.
 */
class TrackingBrowserTest extends BrowserTestSupport {

    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired CaseReview review;
    @Autowired NoticeBoard board;
    @Autowired UserDetailsService users;

    @Test
    void theTalentFollowsTheCaseTheOfficerSubmitted() {
        CurrentUser officer = DemoCase.user(users, "officer");
        TrackingFixture fixture = new TrackingFixture(people, new Cases(nominations, uploads, review, board));
        long id = fixture.readyCase(officer, fixture.newPerson(officer, "冯师傅"));

        login("officer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/nominations/" + id + "/edit");
        submitAndWaitForNextPage(waitFor(By.id("nomination-submit")));
        submitAndWaitForNextPage(waitFor(By.id("confirm-submit")));
        waitForText(By.id("submitted-message"), "提交区人力社保局");
        assertThat(browser.findElement(By.id("talent-credentials")).getText()).contains("请将账号和初始密码转交本人");
        String username = browser.findElement(By.id("talent-username")).getText();
        String password = browser.findElement(By.id("talent-password")).getText();
        assertThat(username).matches("t\\d{7}");
        logout();

        login(username, password);
        waitForText(By.tagName("h1"), "修改密码");
        browser.findElement(By.id("current")).sendKeys(password);
        browser.findElement(By.id("next")).sendKeys("Welder-2026-ok");
        browser.findElement(By.id("repeat")).sendKeys("Welder-2026-ok");
        submitAndWaitForNextPage(browser.findElement(By.id("password-submit")));
        login(username, "Welder-2026-ok");
        submitAndWaitForNextPage(waitFor(By.id("home-my")));

        waitForText(By.id("case-" + id), "已提交");
        assertThat(browser.findElement(By.cssSelector("#case-" + id + " [aria-current=step]")).getText()).startsWith("已提交");
        assertThat(browser.findElements(By.cssSelector("#case-" + id + " .jx-step-done"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#case-" + id + " .next-step")).getText())
                .contains("等待区人力社保局初审受理", "初审人员");

        // the notification is written once the submission has committed, by an asynchronous listener
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("unread-count")).isEmpty();
        });
        assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("1");
        submitAndWaitForNextPage(browser.findElement(By.id("bell")));
        waitForText(By.id("notifications"), "您的推荐案件：已提交");
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#notifications button[id^=open-notification]")));
        waitForText(By.id("state"), "已提交");
        assertThat(browser.getCurrentUrl()).endsWith("/my/nominations/" + id);
        assertThat(browser.findElements(By.id("unread-count"))).isEmpty();
    }
}
