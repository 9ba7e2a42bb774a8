package cn.jiangxin.offering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A training end to end on the demo data: policy staff publish a welding training with 2 seats (one held for leading
 * talents under the shipped pack); the demo talent 马骏 signs up from the training's page and takes the held seat; the
 * officer of 燕京精密 signs up 张伟 (the other seat) and 刘强, who waits; the officer cancels 张伟 and 刘强 is seated
 * from the waiting list, which the officer sees on the roster and in the notifications.
 */
class OfferingBrowserTest extends BrowserTestSupport {

    private WebElement row(String person) {
        return waitFor(By.cssSelector("tr[data-person='" + person + "']"));
    }

    private void signUp(String person) {
        new Select(waitFor(By.id("personId"))).selectByVisibleText(person);
        submitAndWaitForNextPage(browser.findElement(By.id("unit-enrol-submit")));
    }

    @Test
    void staffPublishATrainingTheTalentAndTheUnitSignUpOneWaitsACancellationSeatsThem() {
        login("policy", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-offerings")));
        submitAndWaitForNextPage(waitFor(By.id("new-offering")));
        waitFor(By.id("title")).sendKeys("焊接工艺浏览器测试班");
        browser.findElement(By.id("place")).sendKeys("朝阳区职业技能公共实训基地");
        WebElement capacity = browser.findElement(By.id("capacity"));
        capacity.clear();
        capacity.sendKeys("2");
        submitAndWaitForNextPage(browser.findElement(By.id("publish-offering")));
        String offering = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
        assertThat(offering).matches("/offerings/\\d+");
        assertThat(waitFor(By.id("offering-title")).getText()).isEqualTo("焊接工艺浏览器测试班");
        assertThat(browser.findElement(By.id("priority-rule")).getText()).contains("为高技能领军人才保留 1 个名额");
        logout();

        login("talent", DEMO_PASSWORD);
        openFromMenu("talent-menu", "nav-my-offerings");
        submitAndWaitForNextPage(waitFor(By.linkText("焊接工艺浏览器测试班")));
        submitAndWaitForNextPage(waitFor(By.id("enrol-self")));
        assertThat(waitFor(By.id("my-status")).getText()).contains("您已报名成功");
        logout();

        login("officer2", DEMO_PASSWORD);
        open(offering);
        signUp("张伟");
        signUp("刘强");
        assertThat(row("马骏").getText()).contains("领军人才", "已报名");
        assertThat(row("张伟").getText()).contains("已报名");
        assertThat(row("刘强").getText()).contains("候补");
        submitAndWaitForNextPage(row("张伟").findElement(By.className("enrolment-cancel")));
        assertThat(row("张伟").getText()).contains("已取消");
        assertThat(row("刘强").getText()).contains("已报名", "由候补递补");
        String told = "刘强 已由候补名单递补获得“焊接工艺浏览器测试班”的名额";
        long until = System.currentTimeMillis() + 15_000;
        open("/notifications");
        while (!pageText().contains(told) && System.currentTimeMillis() < until) {
            open("/notifications");
        }
        assertThat(waitFor(By.id("notifications")).getText()).contains(told);
    }
}
