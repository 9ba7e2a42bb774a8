package cn.jiangxin.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BEN-3 funding in a real browser: the studio module's assessment (published here, as the studio module will) opens
 * the funding; the unit's officer enters the unit's bank account; a finance maker builds a batch with it, a second
 * finance user approves it and records it paid; the unit then sees its funding paid.
 */
class StudioFundingBrowserTest extends BrowserTestSupport {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired StudioFundings fundings;
    @Autowired Staff staff;
    @Autowired Allocations allocations;

    @Test
    void financePaysAStudiosFundingThroughMakerAndCheckerAndTheUnitSeesItPaid() throws Exception {
        FundingFixture fx = FundingFixture.create(staff, allocations);
        staff.finance();
        staff.finance2();
        fx.fundStudios(100_000_00L);
        StudioAssessed assessed = fx.assessed(50_000_00L);
        transactions.executeWithoutResult(s -> events.publishEvent(assessed));
        await(assessed.fundingKey());

        login(fx.officerName(), Staff.PASSWORD);
        open("/unit/funding");
        waitForText(By.tagName("main"), "待填写单位收款账户");
        submitAndWaitForNextPage(waitFor(By.id("unit-bank")));
        var holder = waitFor(By.id("holder"));
        holder.clear();
        holder.sendKeys(fx.unitName());
        browser.findElement(By.id("bankName")).sendKeys("北京银行朝阳支行");
        browser.findElement(By.id("accountNumber")).sendKeys("2000 0012 3456 7890 1");
        submitAndWaitForNextPage(browser.findElement(By.id("bank-save")));
        waitForText(By.tagName("main"), "单位收款银行账户已保存");
        assertThat(pageText()).contains("2000 **** **** 8901").contains("待支付").doesNotContain("20000012345678901");
        logout();

        login(Staff.FINANCE, Staff.PASSWORD);
        open("/payments/batches");
        waitFor(By.id("build-batch"));
        keepOnly(fx.unitName());
        submitAndWaitForNextPage(browser.findElement(By.id("build-batch")));
        waitForText(By.id("batch-state"), "待审批");
        String batchUrl = browser.getCurrentUrl();
        assertThat(pageText()).contains("工作室建设资助资金：GZS-" + assessed.studioId()).contains("50,000.00");
        logout();

        login(Staff.FINANCE2, Staff.PASSWORD);
        browser.get(batchUrl);
        submitAndWaitForNextPage(waitFor(By.id("approve-batch")));
        waitForText(By.id("batch-state"), "已审批");
        var outcome = waitFor(By.cssSelector("select[id^=outcome-]"));
        String lineId = outcome.getAttribute("id").substring("outcome-".length());
        new Select(outcome).selectByValue("PAID");
        submitAndWaitForNextPage(browser.findElement(By.id("record-" + lineId)));
        waitForText(By.id("batch-state"), "已完成");
        open("/ledger/budget-lines");
        waitFor(By.id("line-STUDIO_FUNDING"));
        logout();

        login(fx.officerName(), Staff.PASSWORD);
        open("/unit/funding");
        waitForText(By.tagName("main"), "已支付");
        assertThat(fundings.byKey(assessed.fundingKey()).orElseThrow().state()).isEqualTo(FundingState.PAID);
    }

    /** Unticks the ready payments of other payees (the demo data has some), so the batch holds this test's one. */
    private void keepOnly(String... payees) {
        for (var box : browser.findElements(By.cssSelector("#build-form input[name=caseIds]"))) {
            String who = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
            if (box.isSelected() != List.of(payees).contains(who)) {
                box.click();
            }
        }
    }

    /** The listener runs after the publishing transaction commits, on another thread. */
    private void await(String fundingKey) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (fundings.byKey(fundingKey).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no funding " + fundingKey);
            }
            Thread.sleep(100);
        }
    }
}
