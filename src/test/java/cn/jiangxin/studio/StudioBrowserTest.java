package cn.jiangxin.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A studio end to end on the demo data: the officer of 燕京精密 applies for an employee-innovation studio led by the
 * demo talent 马骏 (marked 领军人才领办); the reviewer finds it in the queue and passes it; the approver names it
 * (a CYGZS number) and schedules this year's construction assessment; the reviewer scores it and the approver
 * confirms 良好 with its funding; the unit sees the grade and the amount, gives its bank account, and once one finance
 * user has put the funding in a batch and another has approved it and recorded it paid, sees it paid.
 */
class StudioBrowserTest extends BrowserTestSupport {

    private static final String NAME = "马骏焊接工艺职工创新工作室";
    private static final String DEMO_WAITING = "张伟数控加工技能大师工作室";

    @Test
    void aUnitAppliesReviewerAndApproverNameItAndAnAssessorScoresIt() {
        login("officer2", DEMO_PASSWORD);
        openFromMenu("unit-menu", "nav-unit-studios");
        submitAndWaitForNextPage(waitFor(By.id("apply-studio")));
        waitFor(By.id("name")).sendKeys(NAME);
        new Select(browser.findElement(By.id("type"))).selectByValue("INNOVATION");
        browser.findElement(By.id("trade")).sendKeys("焊工");
        new Select(browser.findElement(By.id("leaderPersonId"))).selectByVisibleText("马骏");
        browser.findElement(By.id("premises")).sendKeys("焊接实训中心一层");
        browser.findElement(By.id("members")).sendKeys("马骏（焊工，高级技师）\n高峰（焊工，技师）");
        browser.findElement(By.id("plan")).sendKeys("围绕薄板激光焊接开展工艺创新，每年完成创新成果2项。");
        submitAndWaitForNextPage(browser.findElement(By.id("studio-submit")));
        String studio = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
        assertThat(studio).matches("/studios/\\d+");
        assertThat(waitFor(By.id("studio-state")).getText()).isEqualTo("待审核");
        assertThat(browser.findElement(By.id("studio-priority")).getText()).isEqualTo("领军人才领办");
        logout();

        login("reviewer", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-studios")));
        // the work page's to-do opens the same list filtered to the applications waiting for review
        new Select(waitFor(By.id("f-state"))).selectByValue("SUBMITTED");
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("#studio-filter button[type=submit]")));
        List<WebElement> rows = waitFor(By.id("studios")).findElements(By.cssSelector("tbody tr"));
        assertThat(rows.get(0).getText()).as("led by a leading talent: first in the queue").contains(NAME, "领军人才领办");
        assertThat(rows.get(rows.size() - 1).getText()).as("the demo's older application led by 张伟, not a leading talent")
                .contains(DEMO_WAITING).doesNotContain("领军人才领办");
        submitAndWaitForNextPage(rows.get(0).findElement(By.linkText(NAME)));
        submitAndWaitForNextPage(waitFor(By.id("studio-pass")));
        assertThat(waitFor(By.id("studio-state")).getText()).isEqualTo("待审批");
        logout();

        login("approver", DEMO_PASSWORD);
        open(studio);
        submitAndWaitForNextPage(waitFor(By.id("studio-name")));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(waitFor(By.id("studio-state")).getText()).isEqualTo("已命名");
        assertThat(browser.findElement(By.id("studio-number")).getText()).matches("CYGZS-" + year + "-\\d{3}");
        assertThat(browser.findElement(By.id("assessment-" + year)).getText()).contains(year + "年度", "待评分");
        logout();

        login("reviewer", DEMO_PASSWORD);
        open(studio);
        WebElement assessment = waitFor(By.id("assessment-" + year));
        List<WebElement> inputs = assessment.findElements(By.className("score-input"));
        assertThat(inputs).hasSize(5);
        for (WebElement input : inputs) {
            input.clear();
            input.sendKeys("8");
        }
        submitAndWaitForNextPage(assessment.findElement(By.className("score-submit")));
        assertThat(waitFor(By.id("assessment-" + year)).getText()).contains("待确认", "总分 80.0", "良好",
                "50,000.00");
        logout();

        login("approver", DEMO_PASSWORD);
        open(studio);
        submitAndWaitForNextPage(waitFor(By.id("assessment-" + year)).findElement(By.className("confirm-submit")));
        assertThat(waitFor(By.id("assessment-" + year)).getText()).contains("已确认", "良好", "经费支持 50,000.00 元");
        logout();

        login("officer2", DEMO_PASSWORD);
        openFromMenu("unit-menu", "nav-unit-studios");
        assertThat(waitFor(By.id("studios")).getText()).contains(NAME, "已命名", "良好", "50,000.00");

        // the funding: the unit gives its account, one finance user builds the batch, another approves and pays it
        open("/unit/funding/bank");
        WebElement holder = waitFor(By.id("holder"));
        String unit = holder.getAttribute("value");
        assertThat(unit).as("the holder is the unit, filled in").isNotBlank();
        browser.findElement(By.id("bankName")).sendKeys("北京银行朝阳支行");
        browser.findElement(By.id("accountNumber")).sendKeys("2000 0012 3456 7890 1");
        submitAndWaitForNextPage(browser.findElement(By.id("bank-save")));
        waitForText(By.tagName("main"), "单位收款银行账户已保存");
        logout();

        login("finance", DEMO_PASSWORD);
        open("/payments/batches");
        waitFor(By.id("build-batch"));
        for (WebElement box : browser.findElements(By.cssSelector("#build-form input[name=caseIds]"))) {
            String payee = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
            if (box.isSelected() != payee.equals(unit)) {
                box.click();
            }
        }
        submitAndWaitForNextPage(browser.findElement(By.id("build-batch")));
        waitForText(By.id("batch-state"), "待审批");
        String batch = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        assertThat(pageText()).contains("工作室建设资助资金", NAME, "50,000.00");
        logout();

        login("finance2", DEMO_PASSWORD);
        open(batch);
        submitAndWaitForNextPage(waitFor(By.id("approve-batch")));
        waitForText(By.id("batch-state"), "已审批");
        List<WebElement> outcomes;
        while (!(outcomes = browser.findElements(By.cssSelector("select[id^=outcome-]"))).isEmpty()) {
            String line = outcomes.get(0).getAttribute("id").substring("outcome-".length());
            new Select(outcomes.get(0)).selectByValue("PAID");
            submitAndWaitForNextPage(browser.findElement(By.id("record-" + line)));
        }
        waitForText(By.id("batch-state"), "已完成");
        logout();

        login("officer2", DEMO_PASSWORD);
        open("/unit/funding");
        WebElement paid = waitFor(By.tagName("main"));
        assertThat(paid.findElements(By.cssSelector("tbody tr")).stream().filter(r -> r.getText().contains(NAME))
                .findFirst().orElseThrow().getText()).contains("已支付", "50,000.00");
    }
}
