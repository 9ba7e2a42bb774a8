package cn.jiangxin.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A round end to end on the demo data: policy staff open a round for 北京市政府技师特殊津贴 and the demo talent 马骏
 * (a certified WorldSkills gold medallist) is listed first with the reason; the officer of 燕京精密 proposes 张伟;
 * staff end the window, recommend 马骏 and record that he won; 马骏 signs in and sees 获评 on his page.
 */
class SelectionBrowserTest extends BrowserTestSupport {

    private WebElement row(String person) {
        return waitFor(By.cssSelector("tr[data-person='" + person + "']"));
    }

    @Test
    void staffOpenARoundAUnitProposesStaffRecordTheOutcomeAndTheTalentSeesIt() {
        login("policy", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-selection")));
        submitAndWaitForNextPage(waitFor(By.id("new-round")));
        new Select(waitFor(By.id("purpose"))).selectByValue("BEIJING_TECHNICIAN_ALLOWANCE");
        WebElement places = browser.findElement(By.id("places"));
        places.clear();
        places.sendKeys("2");
        submitAndWaitForNextPage(browser.findElement(By.id("open-round")));
        String round = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
        assertThat(round).matches("/selection/\\d+");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(waitFor(By.id("round-title")).getText()).isEqualTo(year + "年 北京市政府技师特殊津贴人员");
        assertThat(browser.findElement(By.id("order-rule")).getText()).contains("高技能领军人才优先", "世界技能大赛 ＞ 全国职业技能大赛");
        assertThat(row("马骏").getText()).contains("高技能领军人才", "有效期内的高技能领军人才", "世界技能大赛");
        logout();

        login("officer2", DEMO_PASSWORD);
        open(round);
        new Select(waitFor(By.id("personId"))).selectByVisibleText("张伟");
        browser.findElement(By.id("trade")).sendKeys("数控车工");
        new Select(browser.findElement(By.id("skillLevel"))).selectByValue("LEVEL_2");
        browser.findElement(By.id("reason")).sendKeys("主持解决关键工艺难题三项，带徒十二人");
        submitAndWaitForNextPage(browser.findElement(By.id("propose-submit")));
        assertThat(row("张伟").getText()).contains("单位推荐", "待决定");
        assertThat(row("马骏").findElement(By.className("candidate-position")).getText()).isEqualTo("1");
        logout();

        login("policy", DEMO_PASSWORD);
        open(round);
        submitAndWaitForNextPage(waitFor(By.id("end-proposals")));
        assertThat(waitFor(By.id("round-stage")).getText()).isEqualTo("推荐决定中");
        submitAndWaitForNextPage(row("马骏").findElement(By.className("recommend")));
        assertThat(row("马骏").findElement(By.className("candidate-outcome")).getText()).isEqualTo("推荐上报");
        row("张伟").findElement(By.cssSelector("input[name=reason]")).sendKeys("本轮名额优先推荐领军人才");
        submitAndWaitForNextPage(row("张伟").findElement(By.className("not-recommend")));
        assertThat(row("张伟").findElement(By.className("candidate-outcome")).getText()).isEqualTo("未推荐");
        submitAndWaitForNextPage(row("马骏").findElement(By.className("awarded")));
        assertThat(row("马骏").findElement(By.className("candidate-outcome")).getText()).isEqualTo("获评");
        logout();

        login("talent", DEMO_PASSWORD);
        openFromMenu("talent-menu", "nav-my-selection");
        String mine = waitFor(By.id("my-selection")).getText();
        assertThat(mine).contains(year + "年 北京市政府技师特殊津贴人员 高技能领军人才 获评");
    }
}
