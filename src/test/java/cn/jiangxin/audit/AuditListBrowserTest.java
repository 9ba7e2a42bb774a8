package cn.jiangxin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paged list in a real browser on a phone-sized screen (390 px): the administrator filters the audit log,
 * sorts by a column header, goes to page 2, and the export link carries the filter and the sort.
 */
class AuditListBrowserTest extends BrowserTestSupport {

    @Autowired AuditTrail trail;

    @AfterAll
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void sortByAHeaderGoToPageTwoAndExportWithTheFilter() {
        String actor = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 25; i++) {
            trail.record(new AuditEvent(actor, "BROWSE_" + (char) ('A' + i), "thing", String.valueOf(i),
                    AuditEvent.Outcome.SUCCESS, "entry " + i));
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        login("admin", DEMO_PASSWORD);
        open("/admin/audit");
        waitFor(By.id("f-actor")).sendKeys(actor);
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#audit-filter button[type=submit]")));
        assertThat(pageText()).contains("共 25 条");

        click(waitFor(By.cssSelector("a[data-sort=action]")));
        assertThat(browser.getCurrentUrl()).contains("actor=" + actor).contains("sort=action&dir=asc");
        assertThat(browser.findElement(By.cssSelector("th[aria-sort=ascending]")).getText()).contains("操作");
        assertThat(firstAction()).isEqualTo("BROWSE_A");

        click(browser.findElement(By.cssSelector("a.page-link[aria-label='第 2 页']")));
        assertThat(browser.getCurrentUrl()).contains("actor=" + actor).contains("sort=action").contains("page=2");
        assertThat(pageText()).contains("第 21–25 条");
        assertThat(firstAction()).isEqualTo("BROWSE_U");

        String export = browser.findElement(By.cssSelector("a.list-export")).getAttribute("href");
        assertThat(export).contains("/admin/audit.xlsx?actor=" + actor).contains("sort=action&dir=asc")
                .doesNotContain("page=");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no sideways scrolling of the page at 390 px").isTrue();
    }

    private String firstAction() {
        return browser.findElement(By.cssSelector("#audit-entries tbody tr td:nth-child(4)")).getText();
    }

    private void click(WebElement link) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        submitAndWaitForNextPage(link);
    }
}
