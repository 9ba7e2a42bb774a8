package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, item 13, on a phone-sized screen (390 px): the administrator sees that an account is locked and until
 * when, unlocks it, resets its password and reads the one-time password, which works once and must be changed.
 */
class AccountAdminBrowserTest extends BrowserTestSupport {

    private static final String USER = "browser-locked";
    private static final String PASSWORD = "Browser-2026x";

    @Autowired AccountRegistry accounts;

    @AfterAll
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private WebElement row() {
        return waitFor(By.id("account-" + USER));
    }

    private String state() {
        return row().findElement(By.className("account-state")).getText();
    }

    private void click(By button) {
        WebElement element = row().findElement(button);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        submitAndWaitForNextPage(element);
    }

    private boolean pageFitsTheScreen() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    @Test
    void onAPhoneTheAdministratorSeesALockedAccountUnlocksItAndResetsItsPassword() {
        long id = accounts.create(new NewAccount(USER, "浏览器测试", PASSWORD, Set.of(Role.REVIEWER), null, false));
        browser.manage().window().setSize(new Dimension(390, 844));
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            login(USER, "Wrong-pass-" + i);
        }
        login(USER, PASSWORD);
        assertThat(browser.getCurrentUrl()).as("locked").endsWith("/login?error");

        login("admin", DEMO_PASSWORD);
        open("/admin/accounts");
        assertThat(state()).startsWith("锁定至 ").contains("密码错误次数过多");
        assertThat(pageFitsTheScreen()).as("no sideways scrolling of the page at 390 px").isTrue();

        click(By.id("unlock-" + id));
        assertThat(pageText()).contains("已解锁账号 " + USER);
        assertThat(state()).isEqualTo("启用");

        click(By.id("reset-password-" + id));
        String oneTimePassword = waitFor(By.id("issued-password")).getText();
        assertThat(oneTimePassword).hasSize(OneTimePasswords.LENGTH);
        assertThat(browser.getCurrentUrl()).doesNotContain(oneTimePassword);
        assertThat(state()).contains("须修改密码");
        assertThat(pageFitsTheScreen()).isTrue();

        open("/admin/accounts");
        assertThat(pageText()).as("shown once").doesNotContain(oneTimePassword);
        browser.findElement(By.className("navbar-toggler")).click();
        waitFor(By.id("account-menu"));
        logout();

        login(USER, oneTimePassword);
        waitFor(By.id("password-submit"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/password");
    }
}
