package cn.jiangxin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry journey in a real browser: the administrator registers a unit and its officer; the officer changes
 * the one-time password, sees their own unit and not another, and an invalid ID number is refused on the page.
 */
class RegistryBrowserTest extends BrowserTestSupport {

    @Autowired
    Units units;

    @Test
    void administratorRegistersAUnitAndItsOfficerWhoSeesOnlyTheirOwnUnit() {
        String body = "91110105MA0BRWX2Y";
        String code = body + UnifiedSocialCreditCode.checkCharacter(body);
        long otherUnit = units.find(UnifiedSocialCreditCode.parse("91110105MA01C2D3XK")).orElseThrow().id();

        login("admin", DEMO_PASSWORD);
        waitFor(By.id("account-menu"));
        open("/units");
        waitFor(By.id("unit-new")).click();
        type("name", "北京朝阳匠心数控技术有限公司");
        new Select(browser.findElement(By.id("kind"))).selectByValue("EMPLOYER");
        type("creditCode", code.toLowerCase());
        type("address", "北京市朝阳区望京街道1号");
        type("contactName", "周经理");
        type("contactPhone", "12345");
        browser.findElement(By.id("unit-submit")).click();
        waitForText(By.id("unit-form"), "联系电话应为11位手机号码");
        type("contactPhone", "13701234567");
        browser.findElement(By.id("unit-submit")).click();
        waitForText(By.id("unit-credit-code"), code);
        String ownUnitUrl = browser.getCurrentUrl();
        assertThat(pageText()).contains("北京朝阳匠心数控技术有限公司", "朝阳区", "企业");

        open("/admin/accounts");
        type("username", "shukong");
        type("displayName", "数控公司 人事 周丽");
        type("password", "Initial-pass-2025");
        browser.findElement(By.cssSelector("input[name=roles][value=UNIT_OFFICER]")).click();
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText("北京朝阳匠心数控技术有限公司");
        browser.findElement(By.id("account-submit")).click();
        waitFor(By.id("account-shukong"));
        logout();

        login("shukong", "Initial-pass-2025");
        waitFor(By.id("password-submit"));
        type("current", "Initial-pass-2025");
        type("next", "Jx-brand-new-77");
        type("repeat", "Jx-brand-new-77");
        browser.findElement(By.id("password-submit")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("changed"));
        login("shukong", "Jx-brand-new-77");
        waitFor(By.id("account-menu"));

        open("/units");
        waitForText(By.id("unit-name"), "北京朝阳匠心数控技术有限公司");
        assertThat(browser.getCurrentUrl()).isEqualTo(ownUnitUrl);
        assertThat(pageText()).doesNotContain("北京燕京精密制造有限公司");
        open("/units/" + otherUnit);
        assertThat(pageText()).contains("您要找的内容不存在，或您无权查看。").doesNotContain("北京燕京精密制造有限公司");
        open("/units/" + otherUnit + "/edit");
        assertThat(pageText()).contains("您要找的内容不存在");

        open("/people/new");
        type("name", "王小明");
        type("idNumber", "110105199002301234");
        type("phone", "13800138000");
        submitAndWaitForNextPage(browser.findElement(By.id("person-submit")));
        assertThat(waitFor(By.id("idNumber-error")).getText())
                .isEqualTo("身份证号码中的出生日期19900230不是真实的日期（第7-14位）");
        type("idNumber", "110105199511204421");
        submitAndWaitForNextPage(browser.findElement(By.id("person-submit")));
        assertThat(waitFor(By.id("idNumber-error")).getText()).isEqualTo("该身份证号码的人员已经登记，不能重复登记");
        type("idNumber", "11010519491231002x");
        submitAndWaitForNextPage(browser.findElement(By.id("person-submit")));
        waitForText(By.id("person-id-number"), "1101**********002X");
        assertThat(pageText()).contains("王小明", "1949-12-31", "女").doesNotContain("11010519491231002");

        open("/people");
        type("q", "wxm");
        waitForText(By.id("people-results"), "王小明");
        type("q", "张伟");
        waitForText(By.id("people-results"), "没有找到人员");
        logout();
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
