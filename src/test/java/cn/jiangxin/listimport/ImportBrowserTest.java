package cn.jiangxin.listimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.testsupport.ExcelRows;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Importing a list end to end on the demo: policy staff open 名单比对 from the menu, upload a small GBK competition
 * list, see its columns recognised, confirm them, start the import and watch the progress panel (polled by htmx) reach
 * done, see the links to match results and candidates, open the rejected rows with their reasons and download them as
 * Excel through the browser (the cells as read and 原因); the demo's sample list is there, done; every page fits 390 px.
 */
class ImportBrowserTest extends BrowserTestSupport {

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    private byte[] download(String href) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; const a = new Uint8Array(b);
                  for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
                  done(btoa(s));
                });""", href);
        return Base64.getDecoder().decode(base64);
    }

    @Test
    void policyStaffUploadConfirmStartWatchItFinishAndDownloadTheRejectedRows() throws Exception {
        String source = "浏览器测试 第二届北京市职业技能大赛 " + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.createTempFile("list", ".csv");
        Files.writeString(file, """
                姓名,身份证号,工作单位,竞赛名称,届次,赛项,名次,获奖时间
                张伟,110105198503121234,北京燕京精密制造有限公司,北京市职业技能大赛,第二届,焊接,金牌,2025-10-20
                高峰,,燕京精密制造有限责任公司,北京市职业技能大赛,第二届,电工,三等奖,2025-10-20
                ,110105198912010041,北京燕京精密制造有限公司,北京市职业技能大赛,第二届,钳工,三等奖,2025-10-20
                林小川,110105198503121235,北京燕京精密制造有限公司,北京市职业技能大赛,第二届,电工,优胜奖,2025-10-20
                """, Charset.forName("GBK"));

        login("policy", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-imports")));
        assertThat(waitFor(By.id("imports")).getText()).contains(SampleCompetitionList.SOURCE, "已完成");
        submitAndWaitForNextPage(waitFor(By.id("new-import")));
        assertThat(waitFor(By.id("sample-list")).getText()).contains("示例名单");
        waitFor(By.id("source")).sendKeys(source);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("竞赛获奖名单");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submitAndWaitForNextPage(browser.findElement(By.id("upload")));

        assertThat(waitFor(By.id("mapping-origin")).getText()).contains("自动识别");
        assertThat(new Select(browser.findElement(By.id("field-0"))).getFirstSelectedOption().getText())
                .isEqualTo("姓名");
        assertThat(new Select(browser.findElement(By.id("field-6"))).getFirstSelectedOption().getText())
                .isEqualTo("名次/获奖等级");
        submitAndWaitForNextPage(browser.findElement(By.id("confirm-mapping")));
        submitAndWaitForNextPage(waitFor(By.id("start-import")));
        assertThat(waitFor(By.id("progress")).getText()).contains("已读行数", "接收", "拒收", "速度");

        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBe(By.id("list-status"), "已完成"));
        assertThat(waitFor(By.id("p-accepted")).getText()).isEqualTo("2");
        assertThat(waitFor(By.id("p-rejected")).getText()).isEqualTo("2");
        assertThat(waitFor(By.id("progress-state")).getText()).contains("导入完成");
        assertThat(waitFor(By.id("list-matches")).getText()).isEqualTo("匹配结果");
        assertThat(waitFor(By.id("list-candidates")).getText()).isEqualTo("符合条件的人员");
        String listPage = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");

        submitAndWaitForNextPage(waitFor(By.id("list-rejected")));
        assertThat(waitFor(By.id("rejected")).getText()).contains("姓名为空", "校验位错误", "林小川");
        String href = waitFor(By.id("rejected-export")).getAttribute("href");
        List<List<String>> rows = ExcelRows.of(download(href));
        List<String> header = rows.stream().filter(r -> r.contains("原因")).findFirst().orElseThrow();
        assertThat(header).contains("姓名", "身份证号");
        assertThat(rows.subList(rows.indexOf(header) + 1, rows.size())).hasSize(2)
                .anyMatch(r -> r.contains("林小川") && r.get(header.indexOf("原因")).contains("校验位"));
        String rejectedPage = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/imports", "/imports/new", listPage, rejectedPage, listPage + "?lang=en",
                    "/imports?lang=en")) {
                open(page);
                waitFor(By.tagName("h1"));
                assertThat(sidewaysScroll()).as(page).isLessThanOrEqualTo(0);
            }
        } finally {
            open("/imports?lang=zh_CN");
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.manage().deleteAllCookies();
        }
    }
}
