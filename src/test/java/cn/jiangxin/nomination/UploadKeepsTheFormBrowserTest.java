package cn.jiangxin.nomination;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.PdfBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The officer types into the recommendation form and uploads evidence without saving first: what was typed is
 * still there after the upload and after a reload, also when the file is refused or the form has an error.
 */
class UploadKeepsTheFormBrowserTest extends BrowserTestSupport {

    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired UserDetailsService users;

    @Test
    void typedFieldsSurviveAnUploadAndAReload() throws Exception {
        CurrentUser officer = DemoCase.user(users, "officer");
        long id = nominations.open(officer, TestPeople.register(people, officer, "上传甲", Sex.FEMALE));
        Path pdf = PdfBytes.tempFile("jx-evidence", PdfBytes.minimal());

        login("officer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/nominations/" + id + "/edit");
        waitFor(By.id("nomination-form"));
        new Select(browser.findElement(By.id("ethnicity"))).selectByValue("满族");
        type("occupation", "数控车工");
        new Select(browser.findElement(By.id("skillLevel"))).selectByValue("LEVEL_2");
        new Select(browser.findElement(By.id("retirementCategory"))).selectByValue("FEMALE_55");
        new Select(browser.findElement(By.id("achievements0.kind"))).selectByValue("COMPETITION");
        new Select(browser.findElement(By.id("achievements0.competition"))).selectByValue("BEIJING");
        type("achievements0.place", "1");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-06-18'",
                browser.findElement(By.id("achievements0.achievedOn")));
        type("achievements0.description", "北京市职业技能大赛数控车项目第一名");
        type("accomplishments", "带徒十余人，主持数控实训室建设");

        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("EVIDENCE");
        new Select(browser.findElement(By.id("upload-achievement"))).selectByValue("0");
        browser.findElement(By.id("upload-file")).sendKeys(pdf.toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload-submit")));
        waitForText(By.tagName("body"), "已上传");
        assertThat(browser.findElement(By.id("files")).getText()).contains("第1项业绩");
        assertTyped();

        browser.navigate().refresh();
        waitFor(By.id("nomination-form"));
        assertTyped();

        type("unitOpinion", "同意推荐");
        Path huge = PdfBytes.tempFile("jx-huge", PdfBytes.ofSize(11 * 1024 * 1024));
        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("STAMPED_FORM");
        browser.findElement(By.id("upload-file")).sendKeys(huge.toString());
        browser.findElement(By.id("upload-submit")).click();
        waitForText(By.id("upload-too-large"), "上传的文件超过大小上限10MB，请压缩或分页扫描后再上传");
        assertThat(value("unitOpinion")).as("still on the page, as typed").isEqualTo("同意推荐");

        type("achievements0.place", "第一");
        browser.findElement(By.id("upload-file")).clear();
        browser.findElement(By.id("upload-file")).sendKeys(pdf.toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload-submit")));
        waitForText(By.id("upload-error"), "文件没有上传");
        assertThat(value("achievements0.place")).isEqualTo("第一");
        assertThat(value("unitOpinion")).isEqualTo("同意推荐");
        assertThat(browser.findElement(By.id("files")).getText()).doesNotContain("签字盖章");

        type("achievements0.place", "1");
        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("STAMPED_FORM");
        browser.findElement(By.id("upload-file")).sendKeys(pdf.toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload-submit")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("files"), "签字盖章"));
        browser.navigate().refresh();
        waitFor(By.id("nomination-form"));
        assertThat(value("unitOpinion")).isEqualTo("同意推荐");
        assertTyped();
    }

    private void assertTyped() {
        assertThat(value("ethnicity")).isEqualTo("满族");
        assertThat(value("occupation")).isEqualTo("数控车工");
        assertThat(value("skillLevel")).isEqualTo("LEVEL_2");
        assertThat(value("retirementCategory")).isEqualTo("FEMALE_55");
        assertThat(value("achievements0.kind")).isEqualTo("COMPETITION");
        assertThat(value("achievements0.competition")).isEqualTo("BEIJING");
        assertThat(value("achievements0.place")).isEqualTo("1");
        assertThat(value("achievements0.achievedOn")).isEqualTo("2025-06-18");
        assertThat(value("achievements0.description")).isEqualTo("北京市职业技能大赛数控车项目第一名");
        assertThat(value("accomplishments")).isEqualTo("带徒十余人，主持数控实训室建设");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
