package cn.jiangxin.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer narrows the review queue to one unit by typing part of its name under the unit filter (the page does
 * not list every unit): the matching unit is offered, chosen, and the filter keeps it in the address.
 */
class QueueUnitFilterBrowserTest extends BrowserTestSupport {

    @Test
    void typingPartOfANameFindsTheUnitAndTheFilterKeepsIt() {
        login("reviewer", DEMO_PASSWORD);
        open("/review");
        Select unit = new Select(waitFor(By.id("unit")));
        assertThat(unit.getOptions()).hasSize(1);

        waitFor(By.id("unit-find")).sendKeys("燕京精密");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#unit option:checked"), "北京燕京精密制造有限公司"));
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#review-filter button[type=submit]")));

        assertThat(browser.getCurrentUrl()).containsPattern("unit=\\d+");
        assertThat(new Select(waitFor(By.id("unit"))).getFirstSelectedOption().getText()).isEqualTo("北京燕京精密制造有限公司");
        assertThat(browser.findElements(By.cssSelector("#queue tbody td[data-label='推荐单位']")))
                .allSatisfy(td -> assertThat(td.getText()).isEqualTo("北京燕京精密制造有限公司"));
    }
}
