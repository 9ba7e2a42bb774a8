package cn.jiangxin.nomination;

import cn.jiangxin.testsupport.PdfBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The unit officer fills a recommendation form in a real browser, saves it, uploads evidence and the stamped scan,
 * submits; a reviewer takes it from the queue and returns it with a reason, which the officer then reads.
 */
class NominationBrowserTest extends BrowserTestSupport {

    @Autowired People people;
    @Autowired UserDetailsService users;

    @Test
    void officerFillsSavesUploadsAndSubmitsAndReadsTheReviewersReturnReason() throws Exception {
        long lina = DemoCase.personOfOfficer(people, users);
        Path pdf = PdfBytes.tempFile("jx-evidence", PdfBytes.minimal());

        login("officer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/nominations");
        submitAndWaitForNextPage(waitFor(By.id("nomination-new")));
        submitAndWaitForNextPage(waitFor(By.id("open-" + lina)));
        waitFor(By.id("nomination-form"));
        assertThat(pageText()).contains("李娜", "1101**********224X").doesNotContain("11010519920615224X");

        assertThat(new Select(browser.findElement(By.id("ethnicity"))).getOptions()).hasSize(59);
        new Select(browser.findElement(By.id("ethnicity"))).selectByValue("汉族");
        new Select(browser.findElement(By.id("politicalStatus"))).selectByVisibleText("群众");
        new Select(browser.findElement(By.id("education"))).selectByValue("大学专科");
        type("occupation", "数控车工");
        new Select(browser.findElement(By.id("skillLevel"))).selectByValue("LEVEL_2");
        new Select(browser.findElement(By.id("achievements0.kind"))).selectByValue("COMPETITION");
        new Select(browser.findElement(By.id("achievements0.competition"))).selectByValue("BEIJING");
        type("achievements0.place", "1");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-06-18'",
                browser.findElement(By.id("achievements0.achievedOn")));
        type("achievements0.description", "北京市职业技能大赛数控车项目第一名");
        type("accomplishments", "带徒十余人");
        type("unitOpinion", "同意推荐");
        // the panel follows the typing with a request per change; wait for the answer to the last one
        waitForText(By.id("eligibility"), "请先选择退休类别");
        new Select(browser.findElement(By.id("retirementCategory"))).selectByValue("FEMALE_50");
        waitForText(By.cssSelector("#eligibility #check-QUALIFYING_ACHIEVEMENT"), "✓");
        assertThat(browser.findElement(By.cssSelector("#eligibility #check-WORKING_AGE")).getText()).startsWith("✓");
        assertThat(browser.findElement(By.cssSelector("#eligibility #check-RECOMMENDATION")).getText())
                .as("pending, not failed, until the stamped form is on file").startsWith("○").contains("待上传盖章推荐表");
        assertThat(browser.findElement(By.cssSelector("#eligibility #decision")).getText()).isEqualTo("待定：其他条件均已符合");

        // a further row, without saving: only the fields of its category, and the upload can choose it
        String formUrl = browser.getCurrentUrl();
        browser.findElement(By.id("achievement-add")).click();
        waitFor(By.id("achievements1.kind"));
        assertThat(browser.getCurrentUrl()).isEqualTo(formUrl);
        assertThat(browser.findElement(By.cssSelector("#achievement-1 legend")).getText()).contains("第2项业绩");
        assertThat(browser.findElement(By.cssSelector("label[for='achievements1.kind']")).getText()).startsWith("类别");
        assertThat(browser.findElement(By.id("achievements1.competition")).isDisplayed()).isFalse();
        new Select(browser.findElement(By.id("achievements1.kind"))).selectByValue("HONOR");
        assertThat(browser.findElement(By.id("achievements1.honour")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("achievements1.place")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("achievements1.place")).isEnabled()).as("not sent").isFalse();
        new Select(browser.findElement(By.id("achievements1.kind"))).selectByValue("STUDIO_LEADER");
        assertThat(browser.findElement(By.id("achievements1.studioLevel")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("achievements1.honour")).isDisplayed()).isFalse();
        new Select(browser.findElement(By.id("achievements1.kind"))).selectByValue("HONOR");
        new Select(browser.findElement(By.id("achievements1.honour"))).selectByValue("CHINA_SKILLS_AWARD");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-05-01'",
                browser.findElement(By.id("achievements1.achievedOn")));
        assertThat(new Select(browser.findElement(By.id("upload-achievement"))).getOptions())
                .extracting(o -> o.getText()).contains("第2项业绩");
        assertThat(browser.findElement(By.cssSelector("#achievement-0 .jx-achievement-remove")).isDisplayed())
                .as("a row not saved yet can be removed").isTrue();
        browser.findElement(By.id("achievement-add")).click();
        waitFor(By.id("achievements2.kind"));
        browser.findElement(By.cssSelector("#achievement-2 .jx-achievement-remove")).click();
        assertThat(browser.findElements(By.id("achievement-2"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id("upload-achievement"))).getOptions()).hasSize(3);
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-save")));
        waitForText(By.tagName("body"), "草稿已保存");
        assertThat(browser.findElement(By.id("achievements0.description")).getAttribute("value"))
                .isEqualTo("北京市职业技能大赛数控车项目第一名");
        assertThat(browser.findElement(By.id("achievements1.honour")).getAttribute("value")).isEqualTo("CHINA_SKILLS_AWARD");
        assertThat(browser.findElement(By.id("achievements1.place")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#achievement-1 .jx-achievement-remove")).isDisplayed())
                .as("a saved row is removed by clearing its category").isFalse();

        Path huge = PdfBytes.tempFile("jx-huge", PdfBytes.ofSize(11 * 1024 * 1024));
        new Select(browser.findElement(By.id("upload-kind"))).selectByValue("STAMPED_FORM");
        browser.findElement(By.id("upload-file")).sendKeys(huge.toString());
        browser.findElement(By.id("upload-submit")).click();
        waitForText(By.id("upload-too-large"), "上传的文件超过大小上限10MB，请压缩或分页扫描后再上传");
        assertThat(browser.findElements(By.cssSelector("#files li"))).isEmpty();
        browser.findElement(By.id("upload-file")).clear();

        uploadEvidenceAndStampedForm(pdf);
        waitForText(By.cssSelector("#eligibility #decision"), "符合高技能领军人才条件");

        // submitting asks first, then says what happens next
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-submit")));
        waitForText(By.tagName("h1"), "确认提交推荐表");
        assertThat(browser.findElement(By.id("submit-summary")).getText()).contains("李娜", "中华技能大奖");
        assertThat(browser.findElement(By.id("submit-consequences")).getText()).contains("初审", "不能再修改");
        submitAndWaitForNextPage(browser.findElement(By.id("confirm-submit")));
        waitForText(By.id("submitted-message"), "提交区人力社保局");
        assertThat(browser.findElement(By.id("next-steps")).getText()).contains("个工作日内完成初审", "通知");
        browser.navigate().refresh();
        waitForText(By.id("submitted-message"), "提交区人力社保局");
        submitAndWaitForNextPage(browser.findElement(By.id("open-case")));
        waitForText(By.id("state"), "已提交");
        String caseUrl = browser.getCurrentUrl();
        logout();

        login("reviewer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/review");
        waitForText(By.id("queue"), "李娜");
        open(caseUrl.substring(caseUrl.indexOf("/nominations")));
        submitAndWaitForNextPage(waitFor(By.id("action-TAKE")));
        waitForText(By.id("state"), "初审中");
        type("reason-RETURN", "获奖证书请提供原件扫描件");
        submitAndWaitForNextPage(browser.findElement(By.id("action-RETURN")));
        waitForText(By.id("state"), "已退回");
        logout();

        login("officer", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open(caseUrl.substring(caseUrl.indexOf("/nominations")) + "/edit");
        waitForText(By.id("return-reason"), "获奖证书请提供原件扫描件");
        assertThat(browser.findElement(By.id("ethnicity")).getAttribute("value")).isEqualTo("汉族");
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
