package cn.jiangxin.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.testsupport.ImportedLists;
import cn.jiangxin.testsupport.PdfBytes;
import cn.jiangxin.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 免申即享 end to end on the demo data: a WorldSkills list with a person of the demo school, imported and matched by
 * ID number ({@link ImportedLists}); policy staff invite the candidate from the list's candidates page (which fits 390 px
 * too); the school's officer, on a phone-sized window, finds the invitation in the menu, reads it and confirms, lands
 * on the pre-filled recommendation form and, on a desktop window, completes it, uploads the evidence and the stamped
 * form and submits.
 */
class InvitationBrowserTest extends BrowserTestSupport {

    private static final String WORLDSKILLS = "第47届世界技能大赛";

    @Autowired People people;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired CandidateStore store;

    /** The elements that reach past the window's right edge, for the message of a failed check. */
    private String widest() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("""
                var w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(function (e) { return e.getBoundingClientRect().right > w + 1; }).slice(0, 12)
                  .map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ':'
                    + Math.round(e.getBoundingClientRect().right); }).join(' | ');"""));
    }

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    @Test
    void staffInviteTheOfficerConfirmsOnAPhoneAndSubmitsThePreFilledForm() throws Exception {
        CurrentUser officer = TestAccounts.signedIn(users, "officer");
        var person = ImportedLists.person(people, officer, officer.unitId(), "邀浏览", Sex.MALE,
                LocalDate.of(1996, 1, 1), 1000);
        long policy = TestAccounts.signedIn(users, "policy").accountId();
        ImportedLists.Imported list = ImportedLists.competition(context, WORLDSKILLS + " 成绩")
                .row(person, "北京市朝阳区职业技能培训学校", WORLDSKILLS, "数控铣", 2, LocalDate.of(2024, 9, 15))
                .importedBy(policy);
        long entry = list.entry("邀浏览");
        long candidate = store.candidateOfEntry(entry).orElseThrow().id();
        Path pdf = PdfBytes.tempFile("jx-invited-evidence", PdfBytes.minimal());

        login("policy", DEMO_PASSWORD);
        open("/imports/" + list.listId() + "/candidates");
        assertThat(waitFor(By.id("candidate-" + candidate)).getText()).contains("邀浏览", "候选人", "符合条件之一");
        waitFor(By.id("choose-" + candidate)).click();
        submitAndWaitForNextPage(browser.findElement(By.id("invite")));
        assertThat(waitFor(By.id("invited-done")).getText()).contains("1");
        assertThat(waitFor(By.cssSelector("#candidate-" + candidate + " .candidate-status")).getText()).isEqualTo("已邀请");
        assertThat(browser.findElement(By.id("funnel-invited")).getText()).contains("1");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/imports/" + list.listId() + "/candidates");
            waitFor(By.id("candidates"));
            assertThat(sidewaysScroll()).as(widest()).isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        browser.manage().deleteAllCookies();

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            login("officer", DEMO_PASSWORD);
            openFromMenu("unit-menu", "nav-unit-invitations");
            assertThat(sidewaysScroll()).as(widest()).isLessThanOrEqualTo(0);
            submitAndWaitForNextPage(waitFor(By.xpath("//table[@id='invitations']//a[normalize-space()='邀浏览']")));
            assertThat(waitFor(By.id("invitation-evidence")).getText()).contains(list.source(), "第2行");
            assertThat(browser.findElement(By.id("invitation-achievement")).getText()).contains(WORLDSKILLS, "第2名");
            assertThat(sidewaysScroll()).as(widest()).isLessThanOrEqualTo(0);
            submitAndWaitForNextPage(waitFor(By.id("accept")));
            waitFor(By.id("nomination-form"));
            assertThat(browser.getCurrentUrl()).matches(".*/nominations/\\d+/edit");
            assertThat(sidewaysScroll()).as(widest()).isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
        assertThat(browser.findElement(By.id("achievements0.description")).getAttribute("value"))
                .contains(WORLDSKILLS, list.source());
        assertThat(browser.findElement(By.id("achievements0.place")).getAttribute("value")).isEqualTo("2");

        new Select(browser.findElement(By.id("ethnicity"))).selectByValue("汉族");
        new Select(browser.findElement(By.id("politicalStatus"))).selectByVisibleText("群众");
        new Select(browser.findElement(By.id("education"))).selectByValue("大学专科");
        type("occupation", "数控铣工");
        new Select(browser.findElement(By.id("skillLevel"))).selectByValue("LEVEL_2");
        type("accomplishments", "世界技能大赛数控铣项目银牌");
        type("unitOpinion", "同意推荐");
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-save")));
        waitForText(By.tagName("body"), "草稿已保存");
        uploadEvidenceAndStampedForm(pdf);
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-submit")));
        waitForText(By.tagName("h1"), "确认提交推荐表");
        assertThat(browser.findElement(By.id("submit-summary")).getText()).contains("邀浏览");
        submitAndWaitForNextPage(browser.findElement(By.id("confirm-submit")));
        waitForText(By.id("submitted-message"), "提交区人力社保局");
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
