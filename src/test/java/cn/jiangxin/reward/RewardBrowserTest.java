package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BEN-1 in a real browser: a certified WorldSkills gold medallist and an officer of their training unit enter bank
 * details; the finance maker builds a batch, a second finance user approves it and downloads the treasury export,
 * records the results; the talent then sees the reward paid (已发放).
 */
class RewardBrowserTest extends BrowserTestSupport {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired AccountRegistry accounts;
    @Autowired PolicyVersions versions;

    @Test
    void medallistAndTrainingUnitArePaidThroughMakerAndChecker() throws Exception {
        RewardFixture fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        fx.talent("talent-shanlihua", "单丽华");
        staff.finance();
        staff.finance2();
        TalentCertified event = fx.goldFor("单丽华");
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        awaitCases(event.worldSkillsGolds().get(0).medalKey());

        login("talent-shanlihua", "Talent-2025-xyz");
        open("/my/rewards");
        waitForText(By.tagName("main"), "待填写银行账户");
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("a[id^=bank-]")));
        enterBank("单丽华", "中国农业银行北京朝阳支行", "6228 4800 1234 5678 901");
        waitForText(By.tagName("main"), "6228 **** **** 8901");
        assertThat(pageText()).contains("待支付").doesNotContain("6228480012345678901");
        logout();

        login(Staff.OFFICER, Staff.PASSWORD);
        open("/unit/rewards");
        submitAndWaitForNextPage(waitFor(By.cssSelector("a[id^=bank-]")));
        enterBank(RewardFixture.SCHOOL, "北京农商银行朝阳支行", "1100 2233 4455 66");
        waitForText(By.tagName("main"), "**** **** 5566");
        logout();

        login(Staff.FINANCE, Staff.PASSWORD);
        open("/rewards/batches");
        waitFor(By.id("build-batch"));
        keepOnly("单丽华", RewardFixture.SCHOOL);
        submitAndWaitForNextPage(browser.findElement(By.id("build-batch")));
        waitForText(By.id("batch-state"), "待审批");
        String batchUrl = browser.getCurrentUrl();
        assertThat(pageText()).contains("您是本批次的制单人");
        logout();

        login(Staff.FINANCE2, Staff.PASSWORD);
        browser.get(batchUrl);
        submitAndWaitForNextPage(waitFor(By.id("approve-batch")));
        waitForText(By.id("batch-state"), "已审批");
        String export = waitFor(By.id("export-batch")).getAttribute("href");
        assertThat(download(export)).containsExactlyInAnyOrder("6228480012345678901", "11002233445566");

        for (int i = 0; i < 2; i++) {
            var form = browser.findElements(By.cssSelector("select[id^=outcome-]")).get(0);
            String lineId = form.getAttribute("id").substring("outcome-".length());
            new Select(form).selectByValue("PAID");
            submitAndWaitForNextPage(browser.findElement(By.id("record-" + lineId)));
            waitFor(By.id("batch-lines"));
        }
        waitForText(By.id("batch-state"), "已完成");
        open("/ledger");
        waitForText(By.id("trial-status"), "试算平衡：借贷相等。");
        open("/finance");
        waitFor(By.cssSelector("#months-chart svg"));
        assertThat(browser.findElement(By.id("months")).getText()).contains("月末应付");
        logout();

        login("talent-shanlihua", "Talent-2025-xyz");
        open("/my/rewards");
        waitForText(By.tagName("main"), "已发放");
    }

    /** Unticks the ready cases of other beneficiaries (the demo data has one), so the batch holds this test's two. */
    private void keepOnly(String... beneficiaries) {
        for (var box : browser.findElements(By.cssSelector("#build-form input[name=caseIds]"))) {
            String who = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
            if (box.isSelected() != List.of(beneficiaries).contains(who)) {
                box.click();
            }
        }
    }

    private void enterBank(String holder, String bank, String account) {
        var holderInput = waitFor(By.id("holder"));
        holderInput.clear();
        holderInput.sendKeys(holder);
        browser.findElement(By.id("bankName")).sendKeys(bank);
        browser.findElement(By.id("accountNumber")).sendKeys(account);
        submitAndWaitForNextPage(browser.findElement(By.id("bank-save")));
        waitForText(By.tagName("main"), "银行账户已保存");
    }

    /** Fetches the export with the browser's session, as the download would; returns the account column. */
    private List<String> download(String url) throws Exception {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            // after the title and header rows, before the total row
            return wb.getFirstSheet().read().stream().skip(2).filter((Row r) -> !"合计".equals(r.getCellText(0)))
                    .map((Row r) -> r.getCellText(4)).toList();
        }
    }

    /** The listener runs after the publishing transaction commits, on another thread. */
    private void awaitCases(String medal) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("SELECT COUNT(*) FROM reward_case WHERE medal_key = ?").param(medal).query(Long.class).single() < 2) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no reward cases for " + medal);
            }
            Thread.sleep(100);
        }
    }
}
