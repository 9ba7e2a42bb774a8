package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.person.People;
import cn.jiangxin.person.ResidentIdNumber;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo talent 张伟 is certified (the event the certification module publishes); the park's venue account
 * records a visit, then 张伟 signs in and sees one use of the year's quota and the end of the support period.
 */
class EntitlementsBrowserTest extends BrowserTestSupport {

    static final String ZHANG_WEI = "110105198503121234";

    @Autowired People people;
    @Autowired Entitlements entitlements;
    @Autowired AccountRegistry accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @Test
    void aVenueRecordsAParkVisitAndTheTalentSeesItCountedAgainstTheQuota() {
        long person = people.find(ResidentIdNumber.parse(ZHANG_WEI, LocalDate.MAX)).orElseThrow().id();
        LocalDate start = entitlements.today().minusDays(30);
        TalentCertified certified = new TalentCertified(System.nanoTime(), person, 1L, 1L, BenefitFixture.VERSION,
                start, start.plusYears(2), List.of());
        tx.executeWithoutResult(s -> events.publishEvent(certified));
        await().atMost(Duration.ofSeconds(20)).until(() -> entitlements.ofPerson(person, entitlements.today()).stream()
                .anyMatch(e -> e.code().equals("PARK_VISIT") && e.certificationId() == certified.certificationId()));
        int quota = entitlements.ofPerson(person, entitlements.today()).stream()
                .filter(e -> e.code().equals("PARK_VISIT")).findFirst().orElseThrow().quotaPerYear();
        String talent = BenefitFixture.talentAccount(accounts, jdbc, person);

        login("provider", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.linkText("服务登记")));
        browser.findElement(By.id("idNumber")).sendKeys(ZHANG_WEI);
        submitAndWaitForNextPage(browser.findElement(By.id("lookup-submit")));
        assertThat(waitFor(By.id("talent-name")).getText()).isEqualTo("张*");
        assertThat(pageText()).doesNotContain(ZHANG_WEI).doesNotContain("张伟");
        submitAndWaitForNextPage(browser.findElement(By.id("record-PARK_VISIT")));
        assertThat(waitFor(By.id("confirm-question")).getText()).startsWith("为 张* 登记“公园游览”一次？");
        submitAndWaitForNextPage(browser.findElement(By.id("confirm-record")));
        assertThat(waitFor(By.id("recorded")).getText())
                .isEqualTo("已登记“公园游览”一次，本支持年度剩余 " + (quota - 1) + " 次。");
        // a use recorded by mistake is taken back from today's list within ten minutes, then recorded again
        submitAndWaitForNextPage(waitFor(By.cssSelector("button[id^='undo-']")));
        assertThat(waitFor(By.id("undone")).getText()).contains("已撤销");
        browser.findElement(By.id("idNumber")).sendKeys(ZHANG_WEI);
        submitAndWaitForNextPage(browser.findElement(By.id("lookup-submit")));
        submitAndWaitForNextPage(waitFor(By.id("record-PARK_VISIT")));
        submitAndWaitForNextPage(waitFor(By.id("confirm-record")));
        assertThat(waitFor(By.id("recorded")).getText())
                .isEqualTo("已登记“公园游览”一次，本支持年度剩余 " + (quota - 1) + " 次。");
        logout();

        login(talent, BenefitFixture.PASSWORD);
        openFromMenu("talent-menu", "nav-my-benefits");
        String park = waitFor(By.cssSelector("tr[data-code=PARK_VISIT]")).getText();
        assertThat(park).contains("已用 1 次，剩余 " + (quota - 1) + " 次")
                .contains(start + " 至 " + start.plusYears(2).minusDays(1)).contains("有效");
    }
}
