package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of the pool rendered as staff, as the talent and as an auditor, in Chinese and with {@code ?lang=en}: each
 * answers 200 with breadcrumbs below the top level, shows no enum name, code or missing message, and in English no
 * Chinese word of its own (the data typed, people's names and dates aside).
 */
@JiangxinTest
@MovableClock
class ExpertPagesTest {

    private static final Pattern CODES = Pattern.compile(
            "\\b(PROJECT_REVIEW|POLICY_DRAFTING|PRACTICE_MENTOR|COMPETITION_JUDGE|ASKED|ACCEPTED|DECLINED|EXPIRED|WAITING"
                    + "|BOOKED|ACTIVE|PAUSED|SUSPENDED|LEFT|OPEN|COMMITTED|DRAWN|SELF|STAFF)\\b|\\?\\?|expert\\.");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}+");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired WorkingCalendar calendar;
    @Autowired ExpertNeeds needs;
    @Autowired NeedStore store;
    @Autowired Staff staff;

    private final List<String> problems = new ArrayList<>();
    private final List<String> data = new ArrayList<>(List.of("焊接项目评审", "电工", "焊接工艺", "工作日", "专家",
            "甲", "乙", "丙", "丁", "谢绝理由测试"));

    @Test
    void everyPageOfThePoolRendersInBothLanguagesWithoutCodes() throws Exception {
        ExpertFixture fx = ExpertFixture.of(context);
        // the staff who created, committed and co-signed are named on the need's page (names are data, not words)
        data.add(0, staff.reviewer().displayName());
        data.add(0, staff.approver().displayName());
        String talent = fx.certifiedTalentName();
        render(talent, "/my/expert");
        mvc.perform(post("/my/expert").with(user(details.loadUserByUsername(talent))).with(csrf())
                .param("trades", "电工").param("specialities", "焊接工艺").param("roles", "PROJECT_REVIEW")
                .param("availability", "工作日"));
        render(talent, "/my/expert");
        long expertId = fx.pool().ofTalent(staff.signedIn(talent)).orElseThrow().id();
        data.add(fx.pool().require(expertId).name());
        data.add(fx.pool().require(expertId).unitName());
        ExpertProfile electrician = new ExpertProfile(Set.of("电工"), "焊接工艺", EnumSet.of(ExpertRole.PROJECT_REVIEW),
                "工作日", Set.of(), Set.of());
        fx.others(3, electrician).forEach(id -> data.add(fx.pool().require(id).unitName()));

        NoticeFixture.of(context).setClock(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        staff.reviewer();
        staff.approver();
        staff.admin();
        for (String page : List.of("/experts", "/experts/new", "/experts/" + expertId, "/experts/needs",
                "/experts/needs/new")) {
            render(Staff.REVIEWER, page);
        }
        long needId = needs.create(staff.reviewer(), new NeedDraft("焊接项目评审", ExpertRole.PROJECT_REVIEW,
                Set.of("电工"), 1, calendar.plusWorkingDays(needs.today(), 1), Set.of(), Set.of()));
        render(Staff.REVIEWER, "/experts/needs/" + needId);
        needs.commit(staff.reviewer(), needId);
        render(Staff.REVIEWER, "/experts/needs/" + needId);
        render(Staff.APPROVER, "/experts/needs/" + needId);
        render(Staff.ADMIN, "/experts/needs/" + needId + "/verify");
        needs.cosign(staff.approver(), needId);
        render(Staff.REVIEWER, "/experts/needs/" + needId);
        render(Staff.ADMIN, "/experts/needs/" + needId + "/verify");
        for (String lang : List.of("", "?lang=en")) {
            String html = mvc.perform(post("/experts/needs/" + needId + "/verify" + lang)
                    .with(user(details.loadUserByUsername(Staff.ADMIN))).with(csrf())
                    .param("seed", store.draw(needId).orElseThrow().seed())
                    .param("snapshot", store.draw(needId).orElseThrow().snapshot())).andReturn().getResponse()
                    .getContentAsString();
            check(Staff.ADMIN, "POST verify" + lang, html);
        }
        Assignment first = store.assignments(needId).get(0);
        needs.answer(staff.reviewer(), first.id(), false, "谢绝理由测试");
        render(Staff.REVIEWER, "/experts/needs/" + needId);
        render(Staff.REVIEWER, "/experts/" + first.expertId());
        render(talent, "/my/expert");

        assertThat(problems).isEmpty();
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
            check(who, page + lang, html);
            if (lang.isEmpty() && !page.equals("/my/expert") && !page.equals("/experts")
                    && !page.equals("/experts/needs")) {
                Breadcrumbs.problems(page, html).forEach(p -> problems.add(who + " " + page + ": " + p));
            }
        }
    }

    private void check(String who, String page, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("textarea#snapshot, input#seed").remove();
        String text = doc.select("main").text() + " " + doc.title();
        var codes = CODES.matcher(text);
        while (codes.find()) {
            problems.add(who + " " + page + " shows " + codes.group());
        }
        if (page.contains("lang=en")) {
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
