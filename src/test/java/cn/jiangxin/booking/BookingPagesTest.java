package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.jiangxin.benefit.VenueServices;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages of bookings through MockMvc: a venue publishes a weekly pattern (and is told in words what is wrong with
 * bad input, never a server error), the talent books from {@code /my/bookings} and downloads the calendar file, the
 * venue sees the roster with masked names, staff see every booking and export them; no page shows a code, and in
 * English no Chinese words of the interface.
 */
@JiangxinTest
class BookingPagesTest {

    private static final Pattern CODES = Pattern.compile("\\b(BOOKED|ATTENDED|NO_SHOW|CANCELLED|OPEN|HEALTH_CHECKUP"
            + "|MONDAY|TUESDAY|THURSDAY)\\b|\\?\\?|booking\\.[a-z]");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Slots slots;
    @Autowired VenueServices venues;
    @Autowired Staff staff;

    private final List<String> problems = new ArrayList<>();

    MockHttpServletRequestBuilder publish(String path, CurrentUser venue, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(staff.as(venue))
                .param("_page", "/venue/slots/new");
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aVenuePublishesATalentBooksAndDownloadsTheCalendarFileAndStaffSeeIt() throws Exception {
        BookingFixture fx = new BookingFixture(context);
        CurrentUser officer = staff.officer("kit-officer-booking-pages", "测试预约页面单位", "EMPLOYER");
        long person = fx.talent(officer, "页面预约");
        CurrentUser talent = BookingFixture.account(context, person);
        CurrentUser clinic = staff.bureau("kit-clinic-pages", "测试页面体检中心", Role.PROVIDER);
        venues.set(staff.admin(), clinic.accountId(), List.of(BookingFixture.CHECKUP));
        LocalDate from = fx.certification(person).supportStart().plusDays(3);
        LocalDate to = from.plusWeeks(2).minusDays(1);

        String form = page(clinic, "/venue/slots/new");
        assertThat(form).contains("slot-form-pattern", "weekday-TUESDAY");
        Map<String, String> good = Map.of("service", BookingFixture.CHECKUP, "weekdays", from.getDayOfWeek().name(),
                "from", from.toString(), "to", to.toString(), "start", "08:00", "end", "10:00", "capacity", "10",
                "place", "测试体检中心二楼", "bring", "空腹、身份证");
        for (Map.Entry<String, String> bad : List.of(Map.entry("capacity", "0"), Map.entry("capacity", "501"),
                Map.entry("end", "07:00"), Map.entry("from", from.minusYears(1).toString()),
                Map.entry("to", from.plusWeeks(27).toString()), Map.entry("place", " "))) {
            Map<String, String> fields = new java.util.HashMap<>(good);
            fields.put(bad.getKey(), bad.getValue());
            MockHttpServletResponse r = mvc.perform(publish("/venue/slots/pattern", clinic, fields)).andReturn()
                    .getResponse();
            assertThat(r.getStatus()).as(bad.toString()).isEqualTo(303);
            assertThat(r.getRedirectedUrl()).startsWith("/venue/slots/new");
        }
        Map<String, String> typo = new java.util.HashMap<>(good);
        typo.put("capacity", "十");
        typo.put("from", "2026-02-30");
        MockHttpServletResponse r = mvc.perform(publish("/venue/slots/pattern", clinic, typo)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("请检查日期、时间和数字的格式");

        r = mvc.perform(publish("/venue/slots/pattern", clinic, good)).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).isEqualTo("/venue/slots");
        assertThat(mvc.perform(publish("/venue/slots/pattern", clinic, good)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        long slot = fx.slotId(clinic.accountId(), from);
        assertThat(fx.jdbc.sql("SELECT COUNT(*) FROM booking_slot WHERE venue_account = ?").param(clinic.accountId())
                .query(Long.class).single()).as("two weeks, once each").isEqualTo(2);
        render(clinic, "/venue/slots");
        render(clinic, "/venue/slots?state=UPCOMING&service=HEALTH_CHECKUP&from=" + from);

        String mine = page(talent, "/my/bookings");
        assertThat(Jsoup.parse(mine).select("#slot-" + slot)).hasSize(1);
        MockHttpServletResponse booked = mvc.perform(post("/my/bookings").with(csrf()).with(staff.as(talent))
                .param("slotId", String.valueOf(slot)).param("requestKey", "pages-test-" + slot)).andReturn().getResponse();
        assertThat(booked.getStatus()).as(Jsoup.parse(booked.getContentAsString()).select("main").text()).isEqualTo(302);
        long booking = fx.jdbc.sql("SELECT id FROM booking WHERE slot_id = ? AND person_id = ?").params(slot, person)
                .query(Long.class).single();
        Document page = Jsoup.parse(page(talent, "/my/bookings"));
        assertThat(page.select("#booking-" + booking + " .booking-status").text()).isEqualTo("已预约");
        assertThat(page.select("#ics-" + booking)).hasSize(1);
        assertThat(page.select("#why-HEALTH_CHECKUP").text()).contains("本支持年度的次数已全部使用");
        render(talent, "/my/bookings");
        assertThat(Jsoup.parse(page(talent, "/my/bookings?show=upcoming")).select(".list-total").text()).contains("1");

        MockHttpServletResponse ics = mvc.perform(get("/my/bookings/" + booking + ".ics").with(staff.as(talent)))
                .andReturn().getResponse();
        assertThat(ics.getStatus()).isEqualTo(200);
        assertThat(ics.getContentType()).startsWith("text/calendar").contains("utf-8");
        assertThat(ics.getHeader("Content-Disposition")).startsWith("attachment").contains(".ics");
        String text = new String(ics.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(text).contains("BEGIN:VEVENT", "DTSTART:" + from.toString().replace("-", "") + "T000000Z",
                "LOCATION:测试体检中心二楼", "空腹、身份证", "SUMMARY:体检");
        assertThat(mvc.perform(get("/my/bookings/" + booking + ".ics").with(staff.as(staff.venue()))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        String roster = page(clinic, "/venue/slots/" + slot);
        assertThat(Jsoup.parse(roster).select("#roster-" + booking).text()).contains("页**").doesNotContain("页面预约");
        render(clinic, "/venue/slots/" + slot);
        assertThat(mvc.perform(get("/venue/slots/" + slot).with(staff.as(staff.venue()))).andReturn().getResponse()
                .getStatus()).as("another venue").isEqualTo(404);

        render(staff.reviewer(), "/bookings?q=页面预约");
        assertThat(page(staff.reviewer(), "/bookings?q=页面预约")).contains("页面预约");
        byte[] xlsx = mvc.perform(get("/bookings.xlsx?q=页面预约").with(staff.as(staff.reviewer()))).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(ExcelRows.of(xlsx)).anySatisfy(row -> assertThat(row).contains("页面预约", "已预约"));
        byte[] slotsXlsx = mvc.perform(get("/venue/slots.xlsx").with(staff.as(clinic))).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(ExcelRows.of(slotsXlsx)).as("title, header, two slots").hasSize(4);

        MockHttpServletResponse cancel = mvc.perform(post("/my/bookings/" + booking + "/cancel").with(csrf())
                .with(staff.as(talent))).andReturn().getResponse();
        assertThat(cancel.getStatus()).isEqualTo(302);
        assertThat(Jsoup.parse(page(talent, "/my/bookings")).select("#booking-" + booking + " .booking-status").text())
                .isEqualTo("已取消");
        assertThat(problems).isEmpty();
    }

    private String page(CurrentUser who, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(staff.as(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(who.username() + " " + path).isEqualTo(200);
        return response.getContentAsString();
    }

    private void render(CurrentUser who, String path) throws Exception {
        for (String lang : List.of("", path.contains("?") ? "&lang=en" : "?lang=en")) {
            String html = page(who, path + lang);
            Document doc = Jsoup.parse(html);
            String text = doc.select("main").text() + " " + doc.title();
            var codes = CODES.matcher(text);
            while (codes.find()) {
                problems.add(who.username() + " " + path + lang + " shows " + codes.group());
            }
            if (lang.isEmpty() && path.startsWith("/venue/slots/")) {
                Breadcrumbs.problems(path, html).forEach(p -> problems.add(path + ": " + p));
            }
        }
    }
}
