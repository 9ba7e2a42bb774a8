package cn.jiangxin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.BrowserTestSupport;
import cn.jiangxin.nomination.CaseReview;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approver puts a reviewed and approved case on public notice in a real browser; a visitor, logged out, files an
 * objection; the approver dismisses it; once the notice period is over the approver certifies and the certificate
 * downloads.
 */
@MovableClock
class NoticeBrowserTest extends BrowserTestSupport {

    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired People people;
    @Autowired NoticeBoard board;
    @Autowired CaseReview review;
    @Autowired Certifications certifications;
    @Autowired Staff staff;
    @Autowired MutableClock clock;

    @Test
    void approverPublishesAVisitorObjectsTheApproverDismissesItAndCertifiesAfterTheNotice() throws Exception {
        NoticeFixture cases = new NoticeFixture(nominations, uploads, people, board, review, staff, clock);
        cases.setClock(LocalDate.of(2025, 9, 30), LocalTime.of(10, 0));
        long personId = cases.newPerson();
        var person = people.find(personId).orElseThrow();
        long id = cases.approvedCase(personId, cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15))));

        login(Staff.APPROVER, Staff.PASSWORD);
        waitFor(By.id("account-menu"));
        open("/nominations/" + id);
        submitAndWaitForNextPage(waitFor(By.id("action-OPEN_NOTICE")));
        assertThat(waitFor(By.id("title")).getAttribute("value")).as("no template markup in the field").isEmpty();
        browser.findElement(By.id("title")).sendKeys("2025年第一批朝阳区高技能领军人才拟认定人员公示");
        assertThat(browser.findElement(By.id("case-" + id)).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("new-period")).getText()).contains("2025-09-30至2025-10-13（5个工作日）");
        submitAndWaitForNextPage(browser.findElement(By.id("notice-publish")));
        waitForText(By.id("notice-published"), "公示已发布");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2025年第一批朝阳区高技能领军人才拟认定人员公示");
        assertThat(browser.findElement(By.id("notice-period")).getText()).contains("2025-09-30至2025-10-13");
        logout();

        open("/public/notices");
        submitAndWaitForNextPage(browser.findElement(By.id("group-running"))
                .findElement(By.partialLinkText("2025年第一批")));
        assertThat(waitFor(By.id("notice-cases")).getText()).contains(person.name(), Staff.UNIT,
                "世界技能大赛 金牌");
        assertThat(browser.getPageSource()).doesNotContain(person.idNumber().value(), person.phone().value());
        assertThat(browser.findElement(By.id("notice-preamble")).getText()).contains("2025-09-30", "2025-10-13",
                "010-");
        assertThat(browser.findElement(By.id("notice-issuer")).getText()).contains("北京市朝阳区人力资源和社会保障局");
        submitAndWaitForNextPage(browser.findElement(By.id("object-" + id)));
        waitFor(By.id("body")).sendKeys("<script>alert(1)</script>该人员获奖项目与其岗位不符");
        browser.findElement(By.id("name")).sendKeys("王师傅");
        browser.findElement(By.id("contact")).sendKeys("13800138000");
        submitAndWaitForNextPage(browser.findElement(By.id("objection-submit")));
        assertThat(waitFor(By.id("receipt-no")).getText()).matches("YY20250930-[A-Z2-9]{6}");
        assertThat(browser.findElement(By.id("receipt-status")).getText()).contains("正在核实");

        login(Staff.APPROVER, Staff.PASSWORD);
        waitFor(By.id("account-menu"));
        open("/nominations/" + id);
        WebElement objection = waitFor(By.cssSelector(".objection"));
        assertThat(objection.findElement(By.cssSelector(".objection-body")).getText())
                .isEqualTo("<script>alert(1)</script>该人员获奖项目与其岗位不符");
        assertThat(objection.findElement(By.cssSelector(".objector-contact")).getText()).isEqualTo("13800138000");
        submitAndWaitForNextPage(browser.findElement(By.id("action-CERTIFY")));
        waitForText(By.id("refusal"), "公示期间有尚未处理的异议，不能认定");

        objection = browser.findElement(By.cssSelector(".objection"));
        objection.findElement(By.cssSelector("input[value='DISMISSED']")).click();
        objection.findElement(By.name("reason")).sendKeys("经核实，获奖项目与岗位相符");
        submitAndWaitForNextPage(objection.findElement(By.cssSelector("button[id^='resolve-']")));
        waitForText(By.cssSelector(".objection-outcome"), "异议不成立");
        submitAndWaitForNextPage(browser.findElement(By.id("action-CERTIFY")));
        waitForText(By.id("refusal"), "公示期尚未届满，不能认定");

        cases.afterNotice(board.ofCase(id).orElseThrow());
        open("/nominations/" + id);
        submitAndWaitForNextPage(waitFor(By.id("action-CERTIFY")));
        waitForText(By.id("state"), "已认定");
        Certification c = certifications.ofNomination(id).orElseThrow();
        assertThat(browser.findElement(By.id("case-certification")).getText())
                .contains(c.certificateNo(), "2025-10-14", "2027-10-13");

        String href = browser.findElement(By.id("case-certificate")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            // the configured public address (TestDatabaseIsolation), never the address the request came in on
            assertThat(new PDFTextStripper().getText(doc)).contains(c.groupedCode(), person.name(),
                    "http://localhost/verify/" + c.verificationCode());
        }

        logout();
        open("/verify");
        waitFor(By.id("code")).sendKeys(c.groupedCode().toLowerCase());
        submitAndWaitForNextPage(browser.findElement(By.id("verify-submit")));
        assertThat(waitFor(By.id("verify-name")).getText()).isEqualTo(person.name());
        assertThat(browser.findElement(By.id("verify-status")).getText()).contains("证书有效");
    }
}
