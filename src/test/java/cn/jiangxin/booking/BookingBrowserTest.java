package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A checkup booked and taken end to end on the demo data: the demo clinic (朝阳区体检中心) publishes a weekly pattern of
 * evening slots that starts today; the demo talent 马骏, on a phone-sized window, books today's from 预约服务, downloads
 * its calendar file and finds the booking on his page, with nothing scrolling sideways; the clinic scans his card at
 * the desk the same day, the scan redeems the booking (no second use of the year's one checkup) and his page shows
 * 已到场. The slot must still lie ahead when it is published, so the journey does not run in the last two hours of a
 * Beijing day (it is skipped then, saying why).
 */
class BookingBrowserTest extends BrowserTestSupport {

    private static final String WINDOW = "22:00–23:30";

    private void type(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), value);
    }

    @Test
    void theClinicPublishesSlotsTheTalentBooksOnAPhoneAndOnTheDayTheScanRedeemsTheBooking() {
        ZonedDateTime now = ZonedDateTime.now(BeijingTime.ZONE);
        Assumptions.assumeTrue(now.getHour() < 22, "today's 22:00 slot has already begun in Beijing");
        LocalDate today = now.toLocalDate();

        login("clinic", DEMO_PASSWORD);
        submitAndWaitForNextPage(waitFor(By.id("nav-venue-slots")));
        submitAndWaitForNextPage(waitFor(By.id("new-slots")));
        browser.findElement(By.id("weekday-" + today.getDayOfWeek())).click();
        browser.findElement(By.id("weekday-" + today.plusDays(2).getDayOfWeek())).click();
        type("pattern-from", today.toString());
        type("pattern-start", "22:00");
        type("pattern-end", "23:30");
        WebElement capacity = browser.findElement(By.id("pattern-capacity"));
        capacity.clear();
        capacity.sendKeys("5");
        browser.findElement(By.id("pattern-place")).sendKeys("朝阳区体检中心二楼");
        browser.findElement(By.id("pattern-bring")).sendKeys("空腹、身份证");
        submitAndWaitForNextPage(browser.findElement(By.id("publish-pattern")));
        assertThat(waitFor(By.id("published")).getText()).startsWith("已新增");
        assertThat(waitFor(By.id("slots")).getText()).contains(WINDOW);
        browser.manage().deleteAllCookies(); // signed out

        String when = ChineseDate.of(today) + " " + WINDOW;
        browser.manage().window().setSize(new Dimension(390, 844));
        login("talent", DEMO_PASSWORD);
        openFromMenu("talent-menu", "nav-my-bookings");
        WebElement slot = waitFor(By.id("open-slots")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(when)).findFirst().orElseThrow();
        assertThat(noSidewaysScrolling()).isTrue();
        submitAndWaitForNextPage(slot.findElement(By.className("book-slot")));
        WebElement booked = myBooking(when);
        assertThat(booked.getText()).contains("已预约", "朝阳区体检中心二楼");
        assertThat(noSidewaysScrolling()).isTrue();

        String href = booked.findElement(By.className("booking-ics")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done({
                  status: r.status, type: r.headers.get('Content-Type'),
                  disposition: r.headers.get('Content-Disposition'), text: t})));""", href);
        assertThat(file.get("status")).isEqualTo(200L);
        assertThat((String) file.get("type")).startsWith("text/calendar");
        assertThat((String) file.get("disposition")).startsWith("attachment").contains(".ics");
        String ics = ((String) file.get("text")).replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT", "SUMMARY:体检", "LOCATION:朝阳区体检中心二楼", "空腹、身份证", "END:VCALENDAR",
                        // 22:00 in Beijing is 14:00 UTC the same day
                        "DTSTART:" + today.toString().replace("-", "") + "T140000Z");

        open("/my/card");
        String token = waitFor(By.id("card-qr-image")).getAttribute("data-token");
        browser.manage().deleteAllCookies();

        browser.manage().window().setSize(new Dimension(1366, 900));
        login("clinic", DEMO_PASSWORD);
        open("/venue/scan");
        waitFor(By.id("scan-token")).sendKeys(token + Keys.ENTER);
        assertThat(waitFor(By.cssSelector("#scan-outcome[data-outcome=valid]")).getText()).contains("今日预约");
        waitFor(By.id("scan-confirm")).click();
        assertThat(waitFor(By.cssSelector("#scan-outcome[data-outcome=redeemed]")).getText())
                .contains("已按预约核销（预约日期：" + ChineseDate.of(today) + "）");
        browser.manage().deleteAllCookies();

        login("talent", DEMO_PASSWORD);
        open("/my/bookings");
        assertThat(myBooking(when).getText()).contains("已到场");
    }

    private WebElement myBooking(String when) {
        return waitFor(By.id("my-bookings")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(when)).findFirst().orElseThrow();
    }

    private boolean noSidewaysScrolling() {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(width);
    }
}
