package cn.jiangxin.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Policy staff review the matches of a done list ({@link ReviewedList}, imported through the list import module and
 * matched by its event): from the work page's to-do to the waiting matches, on to the list's matches, where they
 * confirm an uncertain match as the second of two namesakes; and on a phone (390 px) the page fits the screen while
 * they do the same.
 */
class MatchReviewBrowserTest extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Staff staff;

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private boolean pageFitsTheScreen() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    @Test
    void staffGoFromTheirToDoToTheListsMatchesAndConfirmAnUncertainOne() {
        ReviewedList list = new ReviewedList(context).imported(staff);
        long li = list.entry("李强", "");
        login("policy", DEMO_PASSWORD);

        submitAndWaitForNextPage(waitFor(By.cssSelector("a.jx-todo[href^='/matches']")));
        WebElement search = waitFor(By.id("q"));
        search.sendKeys(list.f.tag);
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#match-filter button[type=submit]")));
        WebElement waiting = waitFor(By.id("match-" + li));
        assertThat(waiting.getText()).contains("李强", "2位可能的人员", "待确认");
        submitAndWaitForNextPage(waiting.findElement(By.linkText(list.source)));

        assertThat(browser.getCurrentUrl()).endsWith("/imports/" + list.listId + "/matches");
        assertThat(waitFor(By.id("matches")).getText()).contains("陈静", "身份证号", "100%", "自动匹配", "姓名+单位",
                "建议登记");
        new Select(browser.findElement(By.id("f-decision"))).selectByValue("PENDING");
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#match-filter button[type=submit]")));
        confirmSecondPossiblePerson(li);

        waitForText(By.id("match-decided"), "已确认匹配");
        assertThat(browser.getCurrentUrl()).contains("decision=PENDING");
        assertThat(browser.findElements(By.id("match-" + li))).as("no longer waiting").isEmpty();
        new Select(browser.findElement(By.id("f-decision"))).selectByValue("CONFIRMED");
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#match-filter button[type=submit]")));
        assertThat(waitFor(By.id("match-" + li)).getText()).contains("工作人员已确认", "李*");
        assertThat(list.decision(li)).isEqualTo("CONFIRMED");
        logout();
    }

    @Test
    void onAPhoneThePageFitsTheScreenWhileStaffConfirm() {
        ReviewedList list = new ReviewedList(context).imported(staff);
        long li = list.entry("李强", "");
        browser.manage().window().setSize(new Dimension(390, 844));
        login("policy", DEMO_PASSWORD);

        open("/imports/" + list.listId + "/matches");
        waitFor(By.id("matches"));
        assertThat(pageFitsTheScreen()).as("no sideways scrolling of the list at 390 px").isTrue();
        confirmSecondPossiblePerson(li);
        waitForText(By.id("match-decided"), "已确认匹配");
        assertThat(waitFor(By.id("match-" + li)).getText()).contains("工作人员已确认");
        assertThat(pageFitsTheScreen()).isTrue();
        assertThat(list.decision(li)).isEqualTo("CONFIRMED");
    }

    private void confirmSecondPossiblePerson(long entryId) {
        WebElement row = waitFor(By.id("match-" + entryId));
        row.findElement(By.cssSelector("details.match-review summary")).click();
        List<WebElement> people = row.findElements(By.cssSelector("form.match-confirm input[name=person]"));
        assertThat(people).hasSize(2);
        people.get(1).click();
        assertThat(pageFitsTheScreen()).as("the opened review fits the screen").isTrue();
        submitAndWaitForNextPage(row.findElement(By.cssSelector("form.match-confirm button[type=submit]")));
    }
}
