package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class PolicyPublishBrowserTest extends BrowserTestSupport {

    @Test
    void policyStaffCopyEditPublishAndSeeTheDiff() {
        login("policy", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/policies/chaoyang-2025-draft");
        browser.findElement(By.id("newCode")).sendKeys("chaoyang-2027");
        browser.findElement(By.id("copy-submit")).click();

        WebElement reward = waitFor(By.id("reward-worldSkillsGold-personFen"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).as("the copied version's title, no markup")
                .isEqualTo("北京市朝阳区高技能领军人才服务支持办法（试行）（征求意见稿）");
        reward.clear();
        reward.sendKeys("-5");
        click(browser.findElement(By.id("save-submit")));
        waitForText(By.id("reward-worldSkillsGold-personFen-error"), "不能为负数");

        reward = browser.findElement(By.id("reward-worldSkillsGold-personFen"));
        reward.clear();
        reward.sendKeys("20000000");
        click(browser.findElement(By.id("save-submit")));
        waitForText(By.id("flash"), "草稿已保存");

        setDate(browser.findElement(By.id("effectiveFrom")), "2020-01-01");
        browser.findElement(By.id("publish-submit")).click();
        waitForText(By.id("publish-error"), "不得早于");
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("不得早于");
        assertThat(browser.findElement(By.id("effectiveFrom")).getAttribute("value")).as("the typed date comes back")
                .isEqualTo("2020-01-01");

        setDate(browser.findElement(By.id("effectiveFrom")), "2027-01-01");
        browser.findElement(By.id("publish-submit")).click();
        waitForText(By.id("flash"), "版本已发布");
        assertThat(browser.findElement(By.id("version-status")).getText()).isEqualTo("已发布");
        assertThat(browser.findElements(By.id("edit-link"))).isEmpty();

        open("/policies");
        new Select(browser.findElement(By.id("left"))).selectByValue("chaoyang-2025-draft");
        new Select(browser.findElement(By.id("right"))).selectByValue("chaoyang-2027");
        browser.findElement(By.id("diff-submit")).click();
        waitForText(By.id("diff-summary"), "1");
        WebElement changed = browser.findElement(By.id("diff-reward-worldSkillsGold-personFen"));
        assertThat(changed.getAttribute("class")).contains("changed");
        assertThat(changed.getText()).contains("100,000.00 元").contains("200,000.00 元").contains("已修改");
        assertThat(browser.findElement(By.id("diff-support-periodYears")).getAttribute("class")).doesNotContain("changed");
    }

    private void click(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
    }

    private void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }
}
