package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BEN-4 in a real browser, with the demo's pool (the demo talent 马骏 and three other welders): the case officer opens
 * a need and draws (the commitment shown), the section head co-signs (the result revealed, 马骏 first as a leading
 * talent), 马骏 declines on his own account with a reason, the first reserve is asked in his place, and the
 * administrator recomputes the draw on the verify page.
 */
class ExpertDrawBrowserTest extends BrowserTestSupport {

    @Autowired ExpertNeeds needs;
    @Autowired WorkingCalendar calendar;

    @Test
    void staffDrawTheSupervisorCoSignsTheTalentDeclinesTheReserveIsAskedAndAnAuditorRecomputes() {
        String purpose = "焊接项目评审（浏览器测试）";
        login("reviewer", DEMO_PASSWORD);
        open("/experts/needs/new");
        waitFor(By.id("purpose")).sendKeys(purpose);
        new Select(browser.findElement(By.id("role"))).selectByValue("PROJECT_REVIEW");
        browser.findElement(By.id("trades")).sendKeys("焊工");
        var wanted = browser.findElement(By.id("wanted"));
        wanted.clear();
        wanted.sendKeys("1");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("date")), calendar.plusWorkingDays(needs.today(), 1).toString());
        submitAndWaitForNextPage(browser.findElement(By.id("need-save")));
        String needUrl = browser.getCurrentUrl();
        submitAndWaitForNextPage(waitFor(By.id("draw")));
        String seedHash = waitFor(By.id("seed-hash")).getText();
        assertThat(seedHash).hasSize(64);
        assertThat(browser.findElement(By.id("awaiting-cosign")).getText()).contains("等待另一名工作人员");
        logout();

        login("approver", DEMO_PASSWORD);
        browser.get(needUrl);
        submitAndWaitForNextPage(waitFor(By.id("cosign")));
        waitFor(By.id("assignments"));
        assertThat(browser.findElement(By.id("seed-hash")).getText()).isEqualTo(seedHash);
        assertThat(browser.findElement(By.id("assignment-1")).getText()).contains("马骏").contains("待答复");
        assertThat(browser.findElement(By.id("assignment-2")).getText()).contains("递补候选");
        logout();

        login("talent", DEMO_PASSWORD);
        open("/my/expert");
        var card = browser.findElements(By.cssSelector("[id^=my-assignment-]")).stream()
                .filter(c -> c.getText().contains(purpose)).findFirst().orElseThrow();
        card.findElement(By.cssSelector("input[name=reason]")).sendKeys("当天另有竞赛集训任务");
        submitAndWaitForNextPage(card.findElement(By.cssSelector("button.decline")));
        var declined = browser.findElements(By.cssSelector("[id^=my-assignment-]")).stream()
                .filter(c -> c.getText().contains(purpose)).findFirst().orElseThrow();
        assertThat(declined.getText()).contains("已谢绝");
        logout();

        login("reviewer", DEMO_PASSWORD);
        browser.get(needUrl);
        waitForText(By.id("assignment-1"), "已谢绝");
        assertThat(browser.findElement(By.id("assignment-1")).getText()).contains("当天另有竞赛集训任务");
        assertThat(browser.findElement(By.id("assignment-2")).getText()).as("the first reserve takes the place")
                .contains("待答复");
        logout();

        login("admin", DEMO_PASSWORD);
        browser.get(needUrl + "/verify");
        submitAndWaitForNextPage(waitFor(By.id("recompute")));
        waitForText(By.id("check-seed"), "种子与抽取前公布的种子哈希一致");
        assertThat(browser.findElement(By.id("check-snapshot")).getText()).isEqualTo("名单与抽取前公布的名单哈希一致");
        assertThat(browser.findElement(By.id("check-result")).getText()).isEqualTo("重新计算的结果与记录的结果一致");
    }
}
