package cn.jiangxin.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Holiday care end to end on the demo data: policy staff plan a Mid-Autumn round whose window includes today, add
 * the talents due (the demo talent 马骏 is certified), assign 马骏's visit to a visiting team and record it; 马骏 signs
 * in on a phone-sized window and sees the visit and the uses left on his page; the staff pages too fit 390 px.
 */
class CareBrowserTest extends BrowserTestSupport {

    private WebElement visitRow(String person) {
        return waitFor(By.xpath("//table[@id='visit-list']//tr[.//a[normalize-space()='" + person + "']]"));
    }

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    @Test
    void staffPlanARoundAddTheDueAssignAndRecordAndTheTalentSeesTheVisitOnAPhone() {
        login("policy", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-care")));
        submitAndWaitForNextPage(waitFor(By.id("new-round")));
        waitFor(By.id("name")).sendKeys("浏览器测试中秋慰问");
        new Select(browser.findElement(By.id("occasion"))).selectByVisibleText("中秋");
        browser.findElement(By.id("note")).sendKeys("走访慰问领军人才");
        submitAndWaitForNextPage(browser.findElement(By.id("plan-round")));
        assertThat(waitFor(By.id("round-name")).getText()).isEqualTo("浏览器测试中秋慰问");
        assertThat(waitFor(By.id("due-talents")).getText()).contains("马骏", "从未慰问");

        submitAndWaitForNextPage(waitFor(By.id("add-all")));
        WebElement row = visitRow("马骏");
        assertThat(row.getText()).contains("待慰问");
        row.findElement(By.cssSelector("input[name='visitIds']")).click();
        browser.findElement(By.id("team")).sendKeys("区人力社保局领导、工会代表");
        submitAndWaitForNextPage(browser.findElement(By.id("assign")));
        assertThat(visitRow("马骏").getText()).contains("区人力社保局领导、工会代表");

        submitAndWaitForNextPage(visitRow("马骏").findElement(By.className("visit-open")));
        assertThat(waitFor(By.id("visit-quota")).getText()).contains("剩余");
        waitFor(By.id("note")).sendKeys("送去中秋祝福，了解工作室建设情况");
        browser.findElement(By.id("gifts")).sendKeys("月饼一盒");
        submitAndWaitForNextPage(browser.findElement(By.id("record-visit")));
        assertThat(visitRow("马骏").findElement(By.className("visit-state")).getText()).isEqualTo("已慰问");
        String round = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
        String visit = visitRow("马骏").findElement(By.className("visit-open")).getAttribute("href")
                .replaceAll("^https?://[^/]+", "");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/care/rounds", "/care/rounds/new", round, visit)) {
                open(page);
                waitFor(By.tagName("h1"));
                assertThat(sidewaysScroll()).as(page).isLessThanOrEqualTo(0);
            }
            browser.manage().deleteAllCookies();
            login("talent", DEMO_PASSWORD);
            waitFor(By.cssSelector(".navbar-toggler")).click();
            openFromMenu("talent-menu", "nav-my-care");
            WebElement visits = waitFor(By.id("my-visits"));
            assertThat(visits.getText()).contains("中秋", "浏览器测试中秋慰问", "区人力社保局领导、工会代表",
                    "送去中秋祝福");
            assertThat(waitFor(By.id("care-left")).getText()).contains("剩余");
            assertThat(sidewaysScroll()).isLessThanOrEqualTo(0);
        } finally {
            browser.manage().deleteAllCookies(); // signed out (the account menu is folded away at 390 px)
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
