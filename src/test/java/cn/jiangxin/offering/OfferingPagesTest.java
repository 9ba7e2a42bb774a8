package cn.jiangxin.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The offering pages through MockMvc: staff publish a training, the talent signs up from the offering's page, the
 * officer signs up two employees (one waits), the officer cancels one and the waiting one is seated; every page in
 * Chinese and with {@code ?lang=en} answers 200 without codes, with breadcrumbs below the top level; refused input
 * goes back with the message; attendance becomes the completion record on the talent's page and the registry's.
 */
@JiangxinTest
@MovableClock
class OfferingPagesTest {

    private static final Pattern CODES = Pattern.compile("\\b(TRAINING|ACTIVITY|CAREER_PROGRAMME|HELD_SHARE"
            + "|PRIORITY_WINDOW|ENROLLED|WAITING|CANCELLED|ATTENDED|ABSENT|TALENT|UNIT)\\b|\\?\\?|offering\\.");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}+");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired Offerings offerings;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired Staff staff;
    @Autowired MutableClock clock;

    private final List<String> problems = new ArrayList<>();
    /** Data, not words: what this test and the others of its context typed (their offerings are listed too). */
    private final List<String> data = new ArrayList<>(List.of("测试助推计划", "测试培训", "测试实训基地", "线上",
            "并发报名测试"));

    @Test
    void staffPublishTheTalentAndTheUnitSignUpACancellationSeatsTheNextAndAttendanceIsRecorded() throws Exception {
        String talent = NoticeFixture.of(context).certifiedTalent();
        CurrentUser talentUser = staff.signedIn(talent);
        NoticeFixture.of(context).setClock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        OfferingFixture fx = new OfferingFixture(people, nominations, certifications);
        CurrentUser officer = staff.officer();
        staff.policy();
        staff.reviewer();
        long a = fx.employee(officer, "页面甲");
        long b = fx.employee(officer, "页面乙");
        String title = "焊接页面测试" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = offerings.today();
        var published = mvc.perform(post("/offerings").with(user(details.loadUserByUsername(Staff.POLICY))).with(csrf())
                .param("kind", "TRAINING").param("title", title).param("description", "焊接工艺")
                .param("place", "实训基地").param("capacity", "2").param("signupOpens", today.toString())
                .param("signupCloses", today.plusDays(7).toString()).param("startsOn", today.plusDays(10).toString())
                .param("endsOn", today.plusDays(10).toString()).param("openToTalents", "true")
                .param("openToUnits", "true")).andReturn().getResponse();
        assertThat(published.getStatus()).isEqualTo(302);
        long id = Long.parseLong(published.getRedirectedUrl().replaceAll("\\D+", ""));
        data.addAll(List.of(title, "焊接工艺", "实训基地", "页面甲", "页面乙", talentUser.displayName(),
                offerings.find(id).orElseThrow().policyVersion()));

        var enrol = mvc.perform(post("/offerings/" + id + "/enrol").with(user(details.loadUserByUsername(talent)))
                .with(csrf()).param("requestKey", UUID.randomUUID().toString())).andReturn().getResponse();
        assertThat(enrol.getRedirectedUrl()).isEqualTo("/offerings/" + id + "#mine");
        for (long p : List.of(a, b)) {
            mvc.perform(post("/offerings/" + id + "/enrolments").with(user(details.loadUserByUsername(Staff.OFFICER)))
                    .with(csrf()).param("personId", String.valueOf(p)).param("requestKey", UUID.randomUUID().toString()));
        }
        List<Enrolment> roster = offerings.page(staff.policy(), id).roster();
        data.addAll(roster.stream().map(Enrolment::unitName).toList());
        assertThat(roster).extracting(Enrolment::status).containsExactly(Enrolment.Status.ENROLLED,
                Enrolment.Status.ENROLLED, Enrolment.Status.WAITING);

        // refused input goes back to the page with the message and changes nothing
        long other = fx.employee(staff.officer2(), "他单位");
        var refused = mvc.perform(post("/offerings/" + id + "/enrolments").with(user(details.loadUserByUsername(Staff.OFFICER)))
                .with(csrf()).param("_page", "/offerings/" + id).param("personId", String.valueOf(other))
                .param("requestKey", "not a key!")).andReturn().getResponse();
        assertThat(refused.getStatus()).isIn(302, 303, 422);
        assertThat(offerings.page(staff.policy(), id).roster()).hasSize(3);
        var badForm = mvc.perform(post("/offerings").with(user(details.loadUserByUsername(Staff.POLICY))).with(csrf())
                .param("_page", "/offerings/new").param("kind", "NONSENSE").param("capacity", "x")).andReturn()
                .getResponse();
        assertThat(badForm.getStatus()).isLessThan(500);

        // the list of this test's offering only: the context's other tests publish offerings of their own
        String list = "/offerings?q=" + title;
        for (String page : List.of(list, "/offerings/new", "/offerings/" + id)) {
            render(Staff.POLICY, page);
        }
        render(Staff.OFFICER, list);
        render(Staff.OFFICER, "/offerings/" + id);
        render(Staff.OFFICER, "/unit/offerings");
        render(talent, "/offerings/" + id);
        render(talent, "/my/offerings");
        assertThat(get200(Staff.POLICY, "/offerings/" + id + "/roster.xlsx").getContentType()).contains("sheet");
        assertThat(get200(Staff.POLICY, "/offerings.xlsx?kind=TRAINING").getContentType()).contains("sheet");
        assertThat(mvc.perform(get("/offerings/" + id + "/roster.xlsx").with(user(details.loadUserByUsername(
                Staff.OFFICER)))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // the officer cancels 页面甲: 页面乙 is seated from the waiting list
        Enrolment first = roster.stream().filter(e -> e.personId() == a).findFirst().orElseThrow();
        mvc.perform(post("/offerings/enrolments/" + first.id() + "/cancel").with(user(details.loadUserByUsername(
                Staff.OFFICER))).with(csrf()));
        Document officerPage = Jsoup.parse(get200(Staff.OFFICER, "/offerings/" + id).getContentAsString());
        Enrolment second = roster.stream().filter(e -> e.personId() == b).findFirst().orElseThrow();
        assertThat(officerPage.select("#enrolment-" + second.id() + " .enrolment-status").text()).isEqualTo("已报名");
        assertThat(officerPage.select("#enrolment-" + second.id()).text()).contains("由候补递补");

        // after the start: attendance, and the completion on the talent's page and on the registry's person page
        clock.advance(Duration.ofDays(10));
        render(Staff.POLICY, "/offerings/" + id);
        Enrolment mine = offerings.ofTalent(talentUser).get(0);
        mvc.perform(post("/offerings/enrolments/" + mine.id() + "/attendance").with(user(details.loadUserByUsername(
                Staff.POLICY))).with(csrf()).param("attendance", "ATTENDED"));
        Document my = Jsoup.parse(get200(talent, "/my/offerings").getContentAsString());
        assertThat(my.select("#my-enrolment-" + mine.id() + " .my-completion").text()).isEqualTo("已结业");
        Document person = Jsoup.parse(get200(Staff.REVIEWER, "/people/" + mine.personId()).getContentAsString());
        assertThat(person.select("#person-records .person-record").text()).contains(title).contains("已结业");
        render(talent, "/my/offerings");
        render(Staff.REVIEWER, "/people/" + mine.personId());

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
            check(who, page + lang, html);
            if (lang.isEmpty() && !page.startsWith("/offerings?") && !page.equals("/my/offerings")) {
                Breadcrumbs.problems(page, html).forEach(p -> problems.add(who + " " + page + ": " + p));
            }
        }
    }

    private void check(String who, String page, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("select#personId").remove(); // the unit's people, names typed into the registry by every test
        String text = doc.select("main").text() + " " + doc.title();
        var codes = CODES.matcher(text);
        while (codes.find()) {
            problems.add(who + " " + page + " shows " + codes.group());
        }
        // the registry's person page and the unit's sign-ups also show what other tests of this context made
        if (page.contains("lang=en") && !page.startsWith("/people/") && !page.startsWith("/unit/offerings")) {
            String words = text.replaceAll("\\d{4}年\\d{1,2}月\\d{1,2}日", "");
            for (String d : data) {
                words = words.replace(d, "");
            }
            var han = CJK.matcher(words);
            while (han.find()) {
                problems.add(who + " " + page + " Chinese in English: " + han.group());
            }
        }
    }
}
