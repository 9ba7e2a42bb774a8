package cn.jiangxin.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class ConsultationBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorCommentsStaffRecordAPhoneCallClassifyAndPublishAndTheVisitorSeesTheOutcome() {
        open("/public/consultations");
        browser.findElement(By.id("group-open")).findElement(By.partialLinkText("第二轮")).click();
        WebElement fourth = browser.findElements(By.cssSelector(".article-card")).stream()
                .filter(card -> card.getText().startsWith("第四条 服务支持措施")).findFirst().orElseThrow();
        fourth.findElement(By.cssSelector("a.comment-on")).click();

        assertThat(new Select(waitFor(By.id("articleId"))).getFirstSelectedOption().getText()).isEqualTo("第四条 服务支持措施");
        browser.findElement(By.id("body")).sendKeys("   ");
        browser.findElement(By.id("name")).sendKeys("李师傅");
        submitAndWaitForNextPage(browser.findElement(By.id("comment-submit")));
        waitForText(By.id("refusal"), "请填写意见内容");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).as("typed input comes back").isEqualTo("李师傅");
        assertThat(new Select(browser.findElement(By.id("articleId"))).getFirstSelectedOption().getText())
                .isEqualTo("第四条 服务支持措施");

        browser.findElement(By.id("body")).clear();
        browser.findElement(By.id("body")).sendKeys("建议写明体检、观影每年各几次。<script>alert(1)</script>");
        submitAndWaitForNextPage(browser.findElement(By.id("comment-submit")));
        String receipt = waitFor(By.id("receipt-no")).getText();
        assertThat(receipt).matches("YJ\\d{8}-[A-Z2-9]{6}");
        assertThat(browser.findElement(By.id("receipt-outcome")).getText()).contains("正在研究");

        login("policy", DEMO_PASSWORD);
        open("/consultations");
        browser.findElement(By.partialLinkText("第二轮")).click();
        new Select(waitFor(By.id("r-channel"))).selectByValue("PHONE");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("r-received")), LocalDate.now(BeijingTime.ZONE).toString());
        new Select(browser.findElement(By.id("r-article"))).selectByVisibleText("第四条 服务支持措施");
        browser.findElement(By.id("r-body")).sendKeys("电话：希望把公园游览扩大到全市公园。");
        submitAndWaitForNextPage(browser.findElement(By.id("record-submit")));
        assertThat(pageText()).contains("已录入，回执编号");

        submitAndWaitForNextPage(browser.findElement(By.id("comments-list")));
        List<WebElement> forms = browser.findElements(By.cssSelector("form[action*='/classify']"));
        assertThat(forms).hasSize(2);
        classify(0, "PARTLY_ADOPTED", "次数由年度配额确定，将在实施细则中写明");
        classify(1, "NOT_ADOPTED", "公园范围以区属公园为限");
        submitAndWaitForNextPage(browser.findElement(By.cssSelector("nav.jx-crumbs a.jx-crumb-up")));
        browser.findElement(By.id("summary")).sendKeys("第二轮共收到意见2条。");
        submitAndWaitForNextPage(browser.findElement(By.id("publish-report")));
        assertThat(pageText()).contains("意见采纳情况已公布");
        logout();

        open("/public/consultations/receipt");
        browser.findElement(By.id("no")).sendKeys(receipt);
        submitAndWaitForNextPage(browser.findElement(By.id("receipt-lookup")));
        assertThat(waitFor(By.id("receipt-outcome")).getText()).contains("部分采纳").contains("次数由年度配额确定");
        assertThat(browser.findElement(By.id("receipt-result")).getText()).contains("<script>alert(1)</script>");
        assertThat(browser.getPageSource()).doesNotContain("李师傅");
    }

    private void classify(int index, String outcome, String reason) {
        WebElement form = browser.findElements(By.cssSelector("form[action*='/classify']")).get(index);
        new Select(form.findElement(By.name("outcome"))).selectByValue(outcome);
        form.findElement(By.name("reason")).sendKeys(reason);
        submitAndWaitForNextPage(form.findElement(By.cssSelector(".classify-submit")));
    }
}
