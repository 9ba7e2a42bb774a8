package cn.jiangxin.invitation;

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
import java.util.regex.Pattern;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.notification.Notification;
import cn.jiangxin.notification.Notifications;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.todo.WorkPage;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.ImportedLists;
import cn.jiangxin.testsupport.JiangxinTest;
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
 * The invitation pages through MockMvc: staff see a list's candidates with the reasons and the funnel, filter and
 * export them, invite (a double click invites once) and dismiss; the person with an account is told; the unit's
 * officer has a to-do, sees the invitation with the list as evidence, confirms it and lands on the pre-filled form;
 * every page in Chinese and English without codes, with breadcrumbs below the top level; others are kept out.
 */
@JiangxinTest
class InvitationPagesTest {

    private static final Pattern CODES = Pattern.compile("\\b(CANDIDATE|NOT_ELIGIBLE|ALREADY_CERTIFIED|NOT_EVALUATED"
            + "|INVITED|DISMISSED|NOMINATED|DECLINED|OPEN|ACCEPTED|QUALIFYING_ACHIEVEMENT|WORKING_AGE|WORLDSKILLS)\\b"
            + "|\\?\\?|inv\\.");
    private static final String WORLDSKILLS = "第47届世界技能大赛";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired CandidateStore store;
    @Autowired TalentAccounts talents;
    @Autowired Notifications notifications;
    @Autowired WorkPage workPage;

    private final List<String> problems = new ArrayList<>();

    @Test
    void staffInviteFromTheListAndTheOfficerConfirmsOnThePreFilledForm() throws Exception {
        CurrentUser officer = staff.officer();
        staff.policy();
        staff.officer2();
        var gold = ImportedLists.person(people, officer, officer.unitId(), "页邀金", Sex.MALE,
                LocalDate.of(1994, 1, 1), 1000);
        var old = ImportedLists.person(people, officer, officer.unitId(), "页邀老", Sex.MALE,
                LocalDate.of(1958, 1, 1), 300);
        IssuedCredentials account = talents.openFor(gold.id(), "页邀金").orElseThrow();
        CurrentUser talent = staff.signedIn(staff.talent(account));
        ImportedLists.Imported list = ImportedLists.competition(context, WORLDSKILLS + " 成绩")
                .row(gold, Staff.UNIT, WORLDSKILLS, "焊接", 1, LocalDate.of(2024, 9, 15))
                .row(old, Staff.UNIT, WORLDSKILLS, "车工", 2, LocalDate.of(2024, 9, 15))
                .importedBy(staff.policy().accountId());
        long goldEntry = list.entry("页邀金");
        long candidate = store.candidateOfEntry(goldEntry).orElseThrow().id();
        String page = "/imports/" + list.listId() + "/candidates";

        Document doc = Jsoup.parse(get200(Staff.POLICY, page).getContentAsString());
        assertThat(doc.select("#candidate-" + candidate + " .candidate-status").text()).isEqualTo("候选人");
        assertThat(doc.select("#candidate-" + candidate + " .candidate-rule").text()).contains("符合条件之一");
        assertThat(doc.select("#candidates").text()).contains("页邀老", "不符合条件", "法定劳动年龄");
        assertThat(doc.select("#funnel-imported .funnel-count").text()).isEqualTo("2");
        assertThat(doc.select("#funnel-candidates .funnel-count").text()).isEqualTo("1");
        assertThat(doc.select("#funnel-chart").attr("data-chart")).isEqualTo("[2, 2, 1, 0, 0, 0]");
        Document filtered = Jsoup.parse(get200(Staff.POLICY, page + "?status=NOT_ELIGIBLE").getContentAsString());
        assertThat(filtered.select("tr.candidate")).hasSize(1);
        assertThat(filtered.select("tr.candidate").text()).contains("页邀老");
        List<List<String>> rows = ExcelRows.of(get200(Staff.POLICY, page + ".xlsx?status=CANDIDATE")
                .getContentAsByteArray());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).contains("页邀金", Staff.UNIT, "候选人", "符合条件之一");
        render(Staff.POLICY, page);
        Document english = Jsoup.parse(get200(Staff.POLICY, page + "?lang=en").getContentAsString());
        assertThat(english.select("#candidate-" + candidate + " .candidate-rule").text())
                .contains("One qualifying achievement");
        assertThat(english.select("main").text()).contains("reasons are in Chinese");

        for (int i = 0; i < 2; i++) {
            var invited = mvc.perform(post(page + "/invite").with(user(details.loadUserByUsername(Staff.POLICY)))
                    .with(csrf()).param("candidateIds", String.valueOf(candidate))).andReturn().getResponse();
            assertThat(invited.getRedirectedUrl()).isEqualTo(page);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invitation WHERE candidate_id = ?").param(candidate)
                .query(Long.class).single()).isEqualTo(1);
        long invitation = store.candidate(candidate).orElseThrow().invitationId();

        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (notifications.of(talent.accountId()).isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        Notification told = notifications.of(talent.accountId()).get(0);
        assertThat(told.body()).contains(WORLDSKILLS, list.source());

        staff.signInHere(Staff.OFFICER);
        try {
            assertThat(workPage.forCurrentUser().stream().flatMap(d -> d.todos().stream())).anySatisfy(t -> {
                assertThat(t.label()).isEqualTo("todo.unit.invitations");
                assertThat(t.count()).isPositive();
                assertThat(t.href()).isEqualTo("/invitations?state=OPEN");
            });
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        Document mine = Jsoup.parse(get200(Staff.OFFICER, "/invitations?state=OPEN&q=页邀金").getContentAsString());
        assertThat(mine.select("#invitation-" + invitation).text()).contains("页邀金", "待确认");
        Document one = Jsoup.parse(get200(Staff.OFFICER, "/invitations/" + invitation).getContentAsString());
        assertThat(one.select("#invitation-evidence").text()).contains(list.source(), "名单.csv", "第2行");
        assertThat(one.select("#invitation-achievement").text()).contains(WORLDSKILLS, "第1名");
        render(Staff.OFFICER, "/invitations");
        render(Staff.OFFICER, "/invitations/" + invitation);
        assertThat(mvc.perform(get("/invitations/" + invitation).with(user(details.loadUserByUsername(Staff.OFFICER2))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(page).with(user(details.loadUserByUsername(Staff.OFFICER))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        var accepted = mvc.perform(post("/invitations/" + invitation + "/accept")
                .with(user(details.loadUserByUsername(Staff.OFFICER))).with(csrf())).andReturn().getResponse();
        String form = accepted.getRedirectedUrl();
        assertThat(form).matches("/nominations/\\d+/edit");
        Document edit = Jsoup.parse(get200(Staff.OFFICER, form).getContentAsString());
        assertThat(edit.select("input[name='achievements[0].description']").val()).contains(WORLDSKILLS,
                list.source());
        var again = mvc.perform(post("/invitations/" + invitation + "/accept")
                .with(user(details.loadUserByUsername(Staff.OFFICER))).with(csrf())).andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo(form);
        Document after = Jsoup.parse(get200(Staff.POLICY, page).getContentAsString());
        assertThat(after.select("#funnel-nominated .funnel-count").text()).isEqualTo("1");
        assertThat(problems).isEmpty();
    }

    @Test
    void staffDismissWithAReasonAndARefusalGoesBackToThePage() throws Exception {
        CurrentUser officer = staff.officer();
        staff.policy();
        var person = ImportedLists.person(people, officer, officer.unitId(), "页不邀", Sex.MALE,
                LocalDate.of(1994, 1, 1), 1000);
        ImportedLists.Imported list = ImportedLists.competition(context, WORLDSKILLS + " 成绩")
                .row(person, Staff.UNIT, WORLDSKILLS, "焊接", 2, LocalDate.of(2024, 9, 15))
                .importedBy(staff.policy().accountId());
        long entry = list.entry("页不邀");
        long candidate = store.candidateOfEntry(entry).orElseThrow().id();
        String page = "/imports/" + list.listId() + "/candidates";

        var refused = mvc.perform(post(page + "/" + candidate + "/dismiss").with(user(details.loadUserByUsername(
                Staff.POLICY))).with(csrf()).param("_page", page).param("reason", "")).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).startsWith(page);
        assertThat(store.candidate(candidate).orElseThrow().status()).isEqualTo(CandidateStatus.CANDIDATE);
        mvc.perform(post(page + "/" + candidate + "/dismiss").with(user(details.loadUserByUsername(Staff.POLICY)))
                .with(csrf()).param("reason", "已调往外区工作"));
        Document doc = Jsoup.parse(get200(Staff.POLICY, page).getContentAsString());
        assertThat(doc.select("#candidate-" + candidate).text()).contains("不予邀请", "已调往外区工作");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CANDIDATE_DISMISSED' AND object_id = ?")
                .param(String.valueOf(candidate)).query(Long.class).single()).isEqualTo(1);
    }

    private MockHttpServletResponse get200(String who, String page) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page).with(user(details.loadUserByUsername(who))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(who + " " + page).isEqualTo(200);
        return response;
    }

    private void render(String who, String page) throws Exception {
        for (String lang : List.of("", "?lang=en")) {
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
            if (lang.isEmpty() && !page.equals("/invitations")) {
                Breadcrumbs.problems(page, html).forEach(p -> problems.add(who + " " + page + ": " + p));
            }
        }
    }
}
