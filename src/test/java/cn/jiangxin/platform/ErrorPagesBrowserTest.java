package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** In a real browser: an address that does not exist is the Chinese 404 page, for a visitor and a user alike. */
class ErrorPagesBrowserTest extends BrowserTestSupport {

    private void seesThe404PageAndGoesHome() {
        open("/does-not-exist");
        assertThat(browser.getCurrentUrl()).endsWith("/does-not-exist");
        assertThat(browser.getTitle()).isEqualTo("未找到");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("未找到");
        assertThat(pageText()).contains("您要找的内容不存在").doesNotContain("\"status\"", "Not Found");
        WebElement home = browser.findElement(By.linkText("返回首页"));
        submitAndWaitForNextPage(home);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("朝阳区高技能领军人才服务平台");
    }

    @Test
    void aVisitorAndALoggedInUserSeeTheChinese404PageWithALinkHome() {
        browser.manage().deleteAllCookies();
        seesThe404PageAndGoesHome();
        assertThat(browser.findElements(By.id("logout"))).isEmpty();

        login("officer", DEMO_PASSWORD);
        seesThe404PageAndGoesHome();
        assertThat(browser.findElements(By.id("logout"))).isNotEmpty();
        logout();
    }
}
