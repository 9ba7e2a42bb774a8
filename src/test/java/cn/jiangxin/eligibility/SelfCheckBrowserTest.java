package cn.jiangxin.eligibility;

import cn.jiangxin.testsupport.IdNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

class SelfCheckBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorAddsAchievementsAndSeesTheDecisionInPlace() {
        open("/self-check");
        ((JavascriptExecutor) browser).executeScript("window.samePage = true;");
        browser.findElement(By.id("idNumber")).sendKeys(IdNumbers.woman(LocalDate.of(1990, 3, 7)));
        new Select(browser.findElement(By.id("category"))).selectByValue("FEMALE_55");
        setDate(browser.findElement(By.id("asOf")), "2026-05-01");
        browser.findElement(By.id("recommended")).click();

        browser.findElement(By.id("add-achievement")).click();
        waitFor(By.id("achievement-1"));

        new Select(browser.findElement(By.id("achievements0.type"))).selectByValue("COMPETITION");
        new Select(browser.findElement(By.id("achievements0.competition"))).selectByValue("WORLDSKILLS");
        browser.findElement(By.id("achievements0.place")).sendKeys("1");
        setDate(browser.findElement(By.id("achievements0.date")), "2024-09-15");
        new Select(browser.findElement(By.id("achievements1.type"))).selectByValue("HONOR");
        new Select(browser.findElement(By.id("achievements1.honor"))).selectByValue("BEIJING_TECHNICIAN_ALLOWANCE");
        setDate(browser.findElement(By.id("achievements1.date")), "2023-01-10");
        assertThat(browser.findElement(By.id("achievements1.place")).isDisplayed()).isFalse();

        browser.findElement(By.id("evaluate")).click();
        waitForText(By.id("decision"), "符合高技能领军人才条件");
        assertThat(browser.findElement(By.id("check-WORKING_AGE")).getText()).contains("法定退休日期为2048年3月7日");
        assertThat(browser.findElement(By.id("check-QUALIFYING_ACHIEVEMENT")).getText())
                .contains("世界技能大赛第1名").contains("北京市政府技师特殊津贴人员");
        assertThat(browser.findElement(By.id("entitlements")).getText()).contains("100,000.00元");

        browser.findElement(By.id("remove-1")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".achievement-row"), 1));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true;")).isEqualTo(true);
    }

    @Test
    void aVisitorWhoIsNotYetEligibleReadsWhatWouldMakeThemEligibleWithTheFocusOnTheResult() {
        open("/self-check");
        browser.findElement(By.id("idNumber")).sendKeys(IdNumbers.woman(LocalDate.of(1990, 3, 7)));
        new Select(browser.findElement(By.id("category"))).selectByValue("FEMALE_55");
        setDate(browser.findElement(By.id("asOf")), "2026-05-01");
        browser.findElement(By.id("evaluate")).click();
        waitForText(By.id("decision"), "暂不符合");
        WebElement advice = waitFor(By.id("advice"));
        assertThat(advice.getText()).contains("怎样才能符合条件", "须经所在院校或单位推荐", "还须符合下列条件之一",
                "世界技能大赛前3名", "咨询");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "result".equals(
                ((JavascriptExecutor) d).executeScript("return document.activeElement && document.activeElement.id;")));
    }

    @Test
    void aBirthDateWithoutSexIsExplainedNextToTheField() {
        open("/self-check");
        browser.findElement(By.id("identity-birth")).click();
        setDate(browser.findElement(By.id("birthDate")), "1990-03-07");
        browser.findElement(By.id("evaluate")).click();
        waitForText(By.id("sex-error"), "须选择性别");
    }

    private void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, isoDate);
    }
}
