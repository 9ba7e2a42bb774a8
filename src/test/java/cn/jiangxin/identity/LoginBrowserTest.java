package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void wrongPasswordIsRefusedAndTheRightOneLetsTheAdministratorIn() {
        login("admin", "wrong-password-1");
        assertThat(pageText()).contains("用户名或密码错误");

        login("admin", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        browser.findElement(By.id("admin-menu")).click();
        waitFor(By.linkText("账号管理")).click();
        waitFor(By.id("account-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/accounts");
        logout();
        assertThat(pageText()).contains("您已安全退出");
    }
}
