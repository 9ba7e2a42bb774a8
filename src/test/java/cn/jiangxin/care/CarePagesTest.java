package cn.jiangxin.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.notification.Notification;
import cn.jiangxin.notification.Notifications;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The care pages through MockMvc: policy staff plan a round, see the certified talent among the due, add them (twice:
 * once), assign and record the visit; a refusal goes back to the page with the message; the talent sees the visit and
 * the uses left on /my/care and is told; the registry's person page shows the visit; the round's visits export as Excel
 * (audited); every page in Chinese and English without codes, below the top level with breadcrumbs.
 */
@JiangxinTest
@MovableClock
class CarePagesTest {

    private static final Pattern CODES = Pattern.compile("\\b(SPRING_FESTIVAL|MID_AUTUMN|NATIONAL_DAY|DRAGON_BOAT"
            + "|PLANNED|VISITED|NOT_REACHED|HOLIDAY_CARE|UPCOMING|ENDED)\\b|\\?\\?|care\\.");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired CareRounds rounds;
    @Autowired Notifications notifications;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    private final List<String> problems = new ArrayList<>();

    @Test
    void staffPlanAddAssignAndRecordTheTalentSeesTheVisitAndIsTold() throws Exception {
        String talent = NoticeFixture.of(context).certifiedTalent();
        CurrentUser talentUser = staff.signedIn(talent);
        long person = talentUser.personId();
        CareFixture fx = new CareFixture(context);
        LocalDate certified = rounds.today();
        while (fx.entitlements.ofPerson(person, certified).isEmpty()) {
            CareFixture.sleep();
        }
        fx.today(certified.plusDays(3));
        LocalDate today = rounds.today();
        staff.reviewer();
        staff.policy();
        staff.officer();
        String name = "页面慰问" + UUID.randomUUID().toString().substring(0, 6);
        var planned = mvc.perform(post("/care/rounds").with(user(details.loadUserByUsername(Staff.POLICY))).with(csrf())
                .param("name", name).param("occasion", "MID_AUTUMN").param("from", today.minusDays(2).toString())
                .param("to", today.plusDays(10).toString()).param("note", "中秋走访")).andReturn().getResponse();
        assertThat(planned.getStatus()).isEqualTo(302);
        long round = Long.parseLong(planned.getRedirectedUrl().replaceAll("\\D+", ""));

        Document page = Jsoup.parse(get200(Staff.POLICY, "/care/rounds/" + round).getContentAsString());
        assertThat(page.select("#due-" + person + " .due-name").text()).isEqualTo(talentUser.displayName());
        assertThat(page.select("#due-" + person).text()).contains("从未慰问");

        // a refusal goes back to the page with the message and adds nothing
        var none = mvc.perform(post("/care/rounds/" + round + "/add").with(user(details.loadUserByUsername(Staff.POLICY)))
                .with(csrf()).param("_page", "/care/rounds/" + round).header("Referer", "http://localhost/care/rounds/"
                        + round)).andReturn().getResponse();
        assertThat(none.getStatus()).isIn(302, 303);
        assertThat(rounds.visits(staff.policy(), round)).isEmpty();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/care/rounds/" + round + "/add").with(user(details.loadUserByUsername(Staff.POLICY)))
                    .with(csrf()).param("personIds", String.valueOf(person)));
        }
        CareVisit visit = fx.visitOf(round, person);
        assertThat(rounds.visits(staff.policy(), round)).filteredOn(v -> v.personId() == person).hasSize(1);
        mvc.perform(post("/care/rounds/" + round + "/assign").with(user(details.loadUserByUsername(Staff.POLICY)))
                .with(csrf()).param("visitIds", String.valueOf(visit.id()))
                .param("visitorAccount", String.valueOf(staff.reviewer().accountId()))
                .param("plannedOn", today.toString()));
        assertThat(fx.visitOf(round, person).visitor()).isEqualTo(staff.reviewer().displayName());
        render(Staff.POLICY, "/care/visits/" + visit.id());

        int usedBefore = fx.care(person, today).usedThisYear();
        var recorded = mvc.perform(post("/care/visits/" + visit.id() + "/record").with(user(details.loadUserByUsername(
                Staff.POLICY))).with(csrf()).param("visitedOn", today.toString()).param("visitedBy", "区人力社保局领导")
                .param("note", "送去中秋祝福").param("gifts", "月饼")).andReturn().getResponse();
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/care/rounds/" + round + "#visit-" + visit.id());
        assertThat(fx.care(person, today).usedThisYear()).isEqualTo(usedBefore + 1);

        Document mine = Jsoup.parse(get200(talent, "/my/care").getContentAsString());
        assertThat(mine.select("#my-visit-" + visit.id()).text()).contains("中秋", name, "区人力社保局领导", "送去中秋祝福");
        assertThat(mine.select("#care-left").text()).contains(String.valueOf(fx.care(person, today).leftThisYear()));
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (notifications.of(talentUser.accountId()).stream().noneMatch(n -> n.link().equals("/my/care"))
                && Instant.now().isBefore(until)) {
            CareFixture.sleep();
        }
        Notification told = notifications.of(talentUser.accountId()).stream()
                .filter(n -> n.link().equals("/my/care")).findFirst().orElseThrow();
        assertThat(told.title()).contains("中秋");
        assertThat(told.body()).contains(name, "区人力社保局领导");
        Document personPage = Jsoup.parse(get200(Staff.REVIEWER, "/people/" + person).getContentAsString());
        assertThat(personPage.select("#person-records").text()).contains("假期关怀慰问", name, "区人力社保局领导");

        List<List<String>> rows = ExcelRows.of(get200(Staff.POLICY, "/care/rounds/" + round + "/visits.xlsx")
                .getContentAsByteArray());
        assertThat(rows.get(0)).containsExactly(name);
        assertThat(rows.get(1)).containsExactly("姓名", "单位", "状态", "慰问人员", "日期", "慰问情况", "慰问品或帮扶");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(talentUser.displayName(), visit.unitName(),
                "已慰问", "区人力社保局领导", cn.jiangxin.platform.ChineseDate.of(today), "送去中秋祝福", "月饼"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CARE_VISITS_EXPORTED' AND object_id = ?")
                .param(String.valueOf(round)).query(Long.class).single()).isEqualTo(1);
        List<List<String>> list = ExcelRows.of(get200(Staff.POLICY, "/care/rounds.xlsx?q=" + name)
                .getContentAsByteArray());
        assertThat(list).hasSize(3);
        assertThat(list.get(2)).contains(name, "中秋", "1");
        assertThat(mvc.perform(get("/care/rounds/" + round + "/visits.xlsx").with(user(details.loadUserByUsername(
                Staff.OFFICER)))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/my/care").with(user(details.loadUserByUsername(Staff.POLICY)))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        Document list2 = Jsoup.parse(get200(Staff.POLICY, "/care/rounds?q=" + name).getContentAsString());
        assertThat(list2.select("#round-" + round).text()).contains(name, "中秋");
        for (String p : List.of("/care/rounds?q=" + name, "/care/rounds/new", "/care/rounds/" + round,
                "/care/visits/" + visit.id())) {
            render(Staff.POLICY, p);
        }
        render(Staff.REVIEWER, "/care/rounds/" + round);
        render(talent, "/my/care");
        assertThat(problems).isEmpty();
    }

    private MockHttpServletResponse get200(String who, String page) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page).with(user(details.loadUserByUsername(who))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(who + " " + page).isEqualTo(200);
        return response;
    }

    private void render(String who, String page) throws Exception {
        for (String lang : List.of("", page.contains("?") ? "&lang=en" : "?lang=en")) {
            var response = mvc.perform(get(page + lang).with(user(details.loadUserByUsername(who)))).andReturn()
                    .getResponse();
            if (response.getStatus() != 200) {
                problems.add(who + " " + page + lang + " -> " + response.getStatus());
                continue;
            }
            String html = response.getContentAsString();
            Document doc = Jsoup.parse(html);
            var codes = CODES.matcher(doc.select("main").text() + " " + doc.title());
            while (codes.find()) {
                problems.add(who + " " + page + lang + " shows " + codes.group());
            }
            if (lang.isEmpty() && !page.startsWith("/care/rounds?") && !page.equals("/my/care")) {
                Breadcrumbs.problems(page, html).forEach(p -> problems.add(who + " " + page + ": " + p));
            }
        }
    }
}
