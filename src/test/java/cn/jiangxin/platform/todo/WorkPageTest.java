package cn.jiangxin.platform.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.testsupport.EveryState;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work page as each role sees it, on a system with a case in each state: the desks of the user's roles and no
 * other, every to-do in words, and every count equal to the total of the list its link opens (for that user); a link
 * to a place on a page ({@code #}) shows a state there, not a list.
 */
@JiangxinTest
@MovableClock
class WorkPageTest {

    private static final Pattern TODO = Pattern.compile(
            "<a class=\"jx-todo[^\"]*\" href=\"([^\"]+)\"[^>]*>\\s*<span class=\"jx-todo-label\">([^<]+)</span>\\s*"
                    + "<span class=\"jx-todo-count\">(\\d+)</span>");
    private static final Pattern TOTAL = Pattern.compile("<span class=\"list-total\"[^>]*>[^<]*?(\\d+)[^<]*</span>");

    /** The desks each kit user must see (a role may have more desks than this once other modules add theirs). */
    private static final Map<String, List<String>> DESKS = Map.of(
            Staff.REVIEWER, List.of("todo-review"),
            Staff.APPROVER, List.of("todo-approval"),
            Staff.OFFICER, List.of("todo-unit"),
            Staff.FINANCE, List.of("todo-finance"),
            Staff.POLICY, List.of("todo-policy"),
            Staff.ADMIN, List.of("todo-administration"),
            Staff.VENUE, List.of("todo-venue"));

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired ApplicationContext context;

    @BeforeEach
    void aCaseInEachState() {
        EveryState.ensure(context);
    }

    record Shown(String href, String label, long count) {
    }

    @Test
    void everyCountIsTheTotalOfTheListItOpens() throws Exception {
        int checked = 0;
        for (String user : List.of(Staff.ADMIN, Staff.POLICY, Staff.REVIEWER, Staff.APPROVER, Staff.FINANCE,
                Staff.VENUE, Staff.OFFICER, EveryState.talent(staff))) {
            for (Shown todo : todos(user)) {
                if (todo.href().contains("#")) {
                    continue; // a state on a page (the audit chain), not the count of a list
                }
                String list = page(user, todo.href());
                Matcher total = TOTAL.matcher(list);
                assertThat(total.find()).as("%s: %s opens a list with a total", user, todo.href()).isTrue();
                assertThat(Long.parseLong(total.group(1))).as("%s: %s (%s)", user, todo.label(), todo.href())
                        .isEqualTo(todo.count());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(9);
    }

    @Test
    void eachRoleSeesItsDesksAndNoOthers() throws Exception {
        DESKS.forEach((user, desks) -> {
            String home = page(user, "/");
            desks.forEach(desk -> assertThat(home).as(user).contains("id=\"" + desk + "\""));
        });
        String reviewer = page(Staff.REVIEWER, "/");
        assertThat(reviewer).contains("待初审", "我受理的", "超期").doesNotContain("id=\"todo-unit\"",
                "id=\"todo-approval\"", ">todo.");
        assertThat(reviewer).as("the navigation: the reviewer's queue, not the approver's; signed in")
                .contains("id=\"nav-review\"", "id=\"account-menu\"", "href=\"/people\"")
                .doesNotContain("id=\"nav-approval\"", "id=\"finance-menu\"", "class=\"nav-link\" href=\"/self-check\"");
        String officer = page(Staff.OFFICER, "/");
        assertThat(officer).contains("草稿", "被退回待修改", "待上传盖章推荐表").doesNotContain("id=\"todo-review\"");
        assertThat(page(Staff.APPROVER, "/?lang=en")).contains("My work", "Waiting for approval")
                .doesNotContain(">todo.");
    }

    @Test
    void theCertifiedTalentSeesWhatTheyCanUseNow() throws Exception {
        assertThat(page(EveryState.talent(staff), "/")).contains("id=\"todo-talent\"").doesNotContain(">todo.");
    }

    @Test
    void aVisitorSeesNoWorkPage() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).doesNotContain("id=\"work\"").contains("id=\"shortcuts\"");
        assertThat(home).as("the navigation of a visitor").contains("class=\"nav-link\" href=\"/self-check\"", "href=\"/login\"")
                .doesNotContain("id=\"account-menu\"", "id=\"nav-review\"");
    }

    private List<Shown> todos(String user) {
        Matcher m = TODO.matcher(page(user, "/"));
        List<Shown> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(new Shown(m.group(1).replace("&amp;", "&"), m.group(2), Long.parseLong(m.group(3))));
        }
        return shown;
    }

    private String page(String user, String href) {
        try {
            return mvc.perform(get(href).with(staff.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(user + " " + href, e);
        }
    }
}
