package cn.jiangxin.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.testsupport.PdfBytes;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17's journey through every step, with nothing but the browser after the registry is set up: policy staff
 * upload a small WorldSkills result list (GBK CSV, one bad row), confirm the recognised columns, start the import and
 * watch it finish, read the rejected row's reason, open the list's match results and confirm the one uncertain match
 * (the namesake in the school whose registered ID number differs from the list's), then open the list's candidates,
 * where the confirmed person appears as a candidate, and invite the school. The school's officer opens the invitation
 * from the menu, confirms it, lands on the pre-filled recommendation form, completes it (a WorldSkills gold needs its
 * training unit, which a result list does not give) and submits it.
 */
class ProactiveMatchingJourneyBrowserTest extends BrowserTestSupport {

    private static final String SCHOOL = "北京市朝阳区职业技能培训学校";

    @Autowired People people;
    @Autowired UserDetailsService users;

    @Test
    void staffImportConfirmAndInviteTheOfficerSubmitsThePreFilledForm() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "闵" + "甲乙丙丁戊己庚辛".charAt(Math.floorMod(tag.hashCode(), 8)) + "旅";
        CurrentUser officer = TestAccounts.signedIn(users, "officer");
        TestPeople.register(people, officer, name, Sex.MALE, LocalDate.of(1995, 1, 1), 1000);
        String listedId = TestPeople.unusedIdNumber(people, LocalDate.of(1995, 1, 1), 1000, Sex.MALE);
        String source = "第47届世界技能大赛 成绩 旅程" + tag;
        Path file = Files.createTempFile("journey", ".csv");
        Files.writeString(file, "姓名,身份证号,工作单位,竞赛名称,届次,赛项,名次,获奖时间\n"
                + name + "," + listedId + "," + SCHOOL + ",世界技能大赛,第47届,数控铣,金牌,2024-09-15\n"
                + ",110105198912010041," + SCHOOL + ",世界技能大赛,第47届,焊接,银牌,2024-09-15\n",
                Charset.forName("GBK"));
        Path pdf = PdfBytes.tempFile("jx-journey-evidence", PdfBytes.minimal());

        login("policy", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-imports")));
        submitAndWaitForNextPage(waitFor(By.id("new-import")));
        waitFor(By.id("source")).sendKeys(source);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("竞赛获奖名单");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload")));
        assertThat(new Select(waitFor(By.id("field-0"))).getFirstSelectedOption().getText()).isEqualTo("姓名");
        submitAndWaitForNextPage(browser.findElement(By.id("confirm-mapping")));
        submitAndWaitForNextPage(waitFor(By.id("start-import")));
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBe(By.id("list-status"), "已完成"));
        String listPage = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");

        submitAndWaitForNextPage(waitFor(By.id("list-rejected")));
        assertThat(waitFor(By.id("rejected")).getText()).contains("姓名为空");

        open(listPage);
        submitAndWaitForNextPage(waitFor(By.id("list-matches")));
        WebElement waiting = waitUntilShown(By.xpath("//tr[starts-with(@id,'match-') and contains(., '待确认')]"));
        assertThat(waiting.getText()).contains("身份证号与名单不同");
        waiting.findElement(By.cssSelector("details.match-review summary")).click();
        waiting.findElement(By.cssSelector("form.match-confirm input[name=person]")).click();
        submitAndWaitForNextPage(waiting.findElement(By.cssSelector("form.match-confirm button[type=submit]")));
        waitForText(By.id("match-decided"), "已确认匹配");

        open(listPage);
        submitAndWaitForNextPage(waitFor(By.id("list-candidates")));
        WebElement candidate = waitUntilShown(By.xpath("//tr[contains(@class,'candidate') and contains(., '" + name
                + "')]"));
        assertThat(candidate.getText()).contains("候选人");
        candidate.findElement(By.cssSelector("input[type=checkbox]")).click();
        submitAndWaitForNextPage(browser.findElement(By.id("invite")));
        assertThat(waitFor(By.id("invited-done")).getText()).contains("1");
        logout();

        login("officer", DEMO_PASSWORD);
        openFromMenu("unit-menu", "nav-unit-invitations");
        submitAndWaitForNextPage(waitFor(By.xpath("//table[@id='invitations']//a[normalize-space()='" + name + "']")));
        assertThat(waitFor(By.id("invitation-evidence")).getText()).contains(source);
        assertThat(browser.findElement(By.id("invitation-achievement")).getText()).contains("世界技能大赛");
        submitAndWaitForNextPage(waitFor(By.id("accept")));
        waitFor(By.id("nomination-form"));
        assertThat(browser.findElement(By.id("achievements0.description")).getAttribute("value")).contains(source);
        assertThat(browser.findElement(By.id("achievements0.place")).getAttribute("value")).isEqualTo("1");
        new Select(browser.findElement(By.id("ethnicity"))).selectByValue("汉族");
        new Select(browser.findElement(By.id("politicalStatus"))).selectByVisibleText("群众");
        new Select(browser.findElement(By.id("education"))).selectByValue("大学专科");
        type("occupation", "数控铣工");
        new Select(browser.findElement(By.id("skillLevel"))).selectByValue("LEVEL_2");
        type("accomplishments", "世界技能大赛数控铣项目金牌");
        type("unitOpinion", "同意推荐");
        new Select(browser.findElement(By.id("trainingUnitId"))).selectByVisibleText(SCHOOL);
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-save")));
        waitForText(By.tagName("body"), "草稿已保存");
        uploadEvidenceAndStampedForm(pdf);
        submitAndWaitForNextPage(browser.findElement(By.id("nomination-submit")));
        assertThat(waitFor(By.tagName("h1")).getText()).as(pageText()).isEqualTo("确认提交推荐表");
        submitAndWaitForNextPage(waitFor(By.id("confirm-submit")));
        waitForText(By.id("submitted-message"), "提交区人力社保局");
        logout();
    }

    /** Matching and the candidates' evaluation follow the import and the confirmation by events: reload until shown. */
    private WebElement waitUntilShown(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(b -> {
            var found = b.findElements(by);
            if (found.isEmpty()) {
                b.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
