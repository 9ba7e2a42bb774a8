package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo talent opens the card on a phone-sized window and the QR code renews itself; the demo venue types the
 * token into the scan field as a scanner does (the string, then Enter), sees green, confirms, finds the use listed
 * with the uses left dropped by one, and a second scan of the same code is refused, saying when and where it was used.
 */
class TalentCardBrowserTest extends BrowserTestSupport {

    @Test
    void theTalentShowsTheCardAndAVenueScansItOnce() {
        browser.manage().window().setSize(new Dimension(390, 844));
        login("talent", DEMO_PASSWORD);
        open("/my/card");
        WebElement qr = waitFor(By.id("card-qr-image"));
        String token = qr.getAttribute("data-token");
        assertThat(token).startsWith("JXC1.");
        assertThat(qr.getSize().getWidth()).isGreaterThanOrEqualTo(300);
        assertThat(noSidewaysScrolling()).isTrue();
        String countdown = waitFor(By.id("card-countdown")).getText();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("card-countdown")).getText()
                .equals(countdown));
        String parkLeft = waitFor(By.id("card-service-PARK_VISIT")).getText();
        // htmx fetches a fresh code every 60 s
        String fresh = new WebDriverWait(browser, Duration.ofSeconds(80))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    String now = d.findElement(By.id("card-qr-image")).getAttribute("data-token");
                    return token.equals(now) ? null : now;
                });
        assertThat(fresh).startsWith("JXC1.").isNotEqualTo(token);
        browser.manage().deleteAllCookies(); // signed out (the account menu is folded away at 390 px)

        login("provider", DEMO_PASSWORD);
        open("/venue/scan");
        WebElement field = waitFor(By.id("scan-token"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(field);
        assertThat(noSidewaysScrolling()).isTrue();
        field.sendKeys(fresh + Keys.ENTER);
        WebElement outcome = waitFor(By.cssSelector("#scan-outcome[data-outcome=valid]"));
        assertThat(outcome.getText()).contains("有效", "马*");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("scan-token");
        String before = waitFor(By.id("scan-left")).getText();
        waitFor(By.id("scan-confirm")).click();
        WebElement recorded = waitFor(By.cssSelector("#scan-outcome[data-outcome=redeemed]"));
        assertThat(recorded.getText()).contains("已登记");
        assertThat(waitFor(By.id("scan-left")).getText()).isNotEqualTo(before);
        assertThat(waitFor(By.id("scan-today-list")).getText()).contains("马*", "公园游览", "扫码");

        // the same code scanned again: refused, saying when and where it was used
        browser.findElement(By.id("scan-token")).sendKeys(fresh + Keys.ENTER);
        WebElement refused = waitFor(By.cssSelector("#scan-outcome[data-outcome=refused]"));
        assertThat(waitFor(By.id("scan-used")).getText()).contains("已于", "朝阳公园服务点", "公园游览");
        assertThat(refused.findElements(By.id("scan-confirm"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#scan-today-list li"))).hasSize(1);
        browser.manage().deleteAllCookies(); // signed out (the account menu is folded away at 390 px)

        login("talent", DEMO_PASSWORD);
        open("/my/card");
        assertThat(waitFor(By.id("card-service-PARK_VISIT")).getText()).isNotEqualTo(parkLeft);
    }

    private boolean noSidewaysScrolling() {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(width);
    }
}
