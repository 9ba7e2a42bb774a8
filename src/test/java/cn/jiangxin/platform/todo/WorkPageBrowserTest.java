package cn.jiangxin.platform.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The work page as the demo's reviewer and unit officer use it: a count on the home page opens the list of exactly
 * those cases; on a phone the queue's rows are cards that say what each value is; the navigation stays on one line at
 * 1366 px in Chinese and in English.
 */
class WorkPageBrowserTest extends BrowserTestSupport {

    @AfterEach
    void signOutOnDesktop() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        if (!browser.findElements(By.id("account-menu")).isEmpty()) {
            logout();
        }
    }

    @Test
    void theReviewerOpensTheCasesWaitingForReviewFromTheirCount() {
        login("reviewer", DEMO_PASSWORD);
        WebElement desk = waitFor(By.id("todo-review"));
        assertThat(desk.getText()).contains("初审", "待初审", "我受理的", "超期");
        WebElement waiting = desk.findElement(By.cssSelector("a[data-todo='todo.review.submitted']"));
        String count = waiting.findElement(By.className("jx-todo-count")).getText();
        assertThat(Integer.parseInt(count)).isPositive();

        submitAndWaitForNextPage(waiting);
        assertThat(browser.getCurrentUrl()).endsWith("/review?state=SUBMITTED");
        assertThat(waitFor(By.className("list-total")).getText()).isEqualTo("共 " + count + " 条");
        assertThat(browser.findElement(By.id("state")).getAttribute("value")).isEqualTo("SUBMITTED");
        List<WebElement> numbers = browser.findElements(By.cssSelector("#queue tbody td:first-child a"));
        assertThat(numbers).hasSize(Integer.parseInt(count))
                .allSatisfy(a -> assertThat(a.getText()).matches("CYTJ-\\d{4}-\\d{4,}"));

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/review?state=SUBMITTED");
        WebElement person = waitFor(By.cssSelector("#queue tbody td[data-label]"));
        assertThat(script("return getComputedStyle(arguments[0], '::before').content;", person))
                .isEqualTo("\"被推荐人\"");
        assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no sideways scrolling at 390 px").isEqualTo(true);

        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#queue tbody td:first-child a")));
        WebElement crumbs = waitFor(By.className("jx-crumbs"));
        assertThat(crumbs.getText()).contains("首页", "推荐案件");
        assertThat(browser.findElement(By.id("case-number")).getText()).matches("CYTJ-\\d{4}-\\d{4,}");
    }

    @Test
    void theUnitOfficerSeesDraftsAndReturnedCasesOfTheirUnit() {
        login("officer", DEMO_PASSWORD);
        WebElement desk = waitFor(By.id("todo-unit"));
        assertThat(desk.getText()).contains("草稿", "被退回待修改", "待上传盖章推荐表");
        WebElement returned = desk.findElement(By.cssSelector("a[data-todo='todo.unit.returned']"));
        String count = returned.findElement(By.className("jx-todo-count")).getText();
        assertThat(returned.getAttribute("class")).contains("jx-todo-alarm");
        submitAndWaitForNextPage(returned);
        assertThat(waitFor(By.className("list-total")).getText()).isEqualTo("共 " + count + " 条");
        assertThat(browser.findElements(By.cssSelector("#nominations tbody tr"))).hasSize(Integer.parseInt(count))
                .allSatisfy(row -> assertThat(row.getText()).contains("已退回"));
    }

    @Test
    void theNavigationStaysOnOneLineAt1366InChineseAndEnglish() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        for (String user : List.of("reviewer", "approver", "officer", "finance", "policy", "admin", "talent",
                "provider")) {
            login(user, DEMO_PASSWORD);
            for (String page : List.of("/", "/?lang=en")) {
                open(page);
                Number height = (Number) script("return document.querySelector('nav.navbar').getBoundingClientRect().height;");
                assertThat(height.doubleValue()).as("%s %s: navigation height", user, page).isLessThan(70);
                Number overflow = (Number) script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("%s %s: page wider than the window", user, page).isLessThanOrEqualTo(0);
            }
            open("/?lang=zh_CN");
            logout();
        }
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }
}
