package cn.jiangxin.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TodoLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff's match pages over a list imported and matched end to end ({@link ReviewedList}): every result in
 * words (the person found masked, how matched, confidence in per cent, the reasons, the decision), filtered, sorted
 * and exported; breadcrumbs up to the list and the imports; confirming and rejecting from the page; English words;
 * the policy staff's to-do counting exactly the list it opens; nobody else sees the pages.
 */
@JiangxinTest
class MatchReviewPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired ApplicationContext context;
    @Autowired MatchTodos todos;

    private ReviewedList list;
    private String path;

    @BeforeEach
    void importedAndMatched() {
        list = new ReviewedList(context).imported(staff);
        path = "/imports/" + list.listId + "/matches";
    }

    private String page(String address, String user) throws Exception {
        return mvc.perform(get(address).with(staff.as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void staffSeeEveryResultInWordsWithBreadcrumbsUpToTheList() throws Exception {
        String html = page(path, Staff.POLICY);
        Document doc = Jsoup.parse(html);

        assertThat(ListPages.total(html)).isEqualTo(6);
        assertThat(doc.getElementById("match-list-source").text()).isEqualTo("竞赛成绩名单：" + list.source);
        assertThat(Breadcrumbs.problems(path, html)).isEmpty();
        assertThat(doc.select("nav.jx-crumbs a").eachAttr("href")).contains("/imports", "/imports/" + list.listId);
        String chen = doc.getElementById("match-" + list.entry("陈静", "")).text();
        assertThat(chen).contains("陈静", "陈*（" + list.f.tag + "精密机械有限责任公司（朝阳分公司））", "身份证号", "100%",
                "身份证号与登记一致", "自动匹配");
        assertThat(doc.getElementById("match-" + list.entry("王芳", "食品")).text()).contains("姓名+单位", "王*");
        String li = doc.getElementById("match-" + list.entry("李强", "")).text();
        assertThat(li).contains("2位可能的人员", "待确认", "李*（" + list.f.tag);
        assertThat(doc.getElementById("match-" + list.entry("王芳", "精密机械")).text()).contains("建议登记", "未匹配");
        String words = doc.select("#matches").text();
        for (String code : List.of("PENDING", "AUTO", "ID_NUMBER", "NAME_AND_UNIT", "UNCERTAIN", "NO_MATCH",
                "PROPOSE_REGISTRATION")) {
            assertThat(words).doesNotContain(code);
        }
        assertThat(doc.select("a.match-register")).as("the registration page is the administrators'").isEmpty();
        assertThat(Jsoup.parse(page(path, Staff.ADMIN)).select("a.match-register").eachAttr("href"))
                .containsExactly("/people/new");
    }

    @Test
    void theListFiltersSortsAndExportsExactlyWhatItFound() throws Exception {
        assertThat(ListPages.total(page(path + "?decision=PENDING", Staff.POLICY))).isEqualTo(1);
        assertThat(ListPages.total(page(path + "?outcome=PROPOSE_REGISTRATION", Staff.POLICY))).isEqualTo(1);
        assertThat(ListPages.total(page(path + "?q=王芳", Staff.POLICY))).isEqualTo(2);
        assertThat(ListPages.total(page(path + "?q=" + list.f.tag + "食品", Staff.POLICY))).isEqualTo(1);
        List<String> byConfidence = ListPages.column(page(path + "?sort=confidence&dir=asc", Staff.POLICY), "matches", 0);
        assertThat(byConfidence.subList(0, 2)).as("nobody found: no confidence").containsExactlyInAnyOrder("王芳", "孙磊");
        assertThat(byConfidence.get(2)).as("two namesakes: half sure").isEqualTo("李强");
        mvc.perform(get(path + "?decision=MAYBE").with(staff.as(Staff.POLICY))).andExpect(status().isBadRequest());

        byte[] xlsx = mvc.perform(get(path + ".xlsx?q=王芳").with(staff.as(Staff.POLICY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ListPages.exportedRows(xlsx);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains(list.source, "王芳", "姓名+单位", "100%", "确定匹配", "自动匹配");
        assertThat(rows.get(1)).contains("未找到", "0%", "建议登记", "未匹配");
    }

    @Test
    void staffConfirmAndRejectFromThePageAndComeBackToWhereTheyWere() throws Exception {
        long li = list.entry("李强", "");
        String html = page(path + "?decision=PENDING", Staff.POLICY);
        Document doc = Jsoup.parse(html);
        List<String> choices = doc.select("#match-" + li + " form.match-confirm input[name=person]").eachAttr("value");
        assertThat(choices).hasSize(2);

        mvc.perform(post(path + "/" + li + "/reject").with(csrf()).with(staff.as(Staff.POLICY)).param("reason", " ")
                .header("Referer", "http://localhost" + path + "?decision=PENDING"))
                .andExpect(status().is3xxRedirection());
        assertThat(list.decision(li)).isEqualTo("PENDING");

        String back = mvc.perform(post(path + "/" + li + "/confirm").with(csrf()).with(staff.as(Staff.POLICY))
                        .param("person", choices.get(1)).param("back", path + "?decision=PENDING"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).isEqualTo(path + "?decision=PENDING");
        assertThat(list.decision(li)).isEqualTo("CONFIRMED");
        assertThat(ListPages.total(page(back, Staff.POLICY))).isZero();
        assertThat(Jsoup.parse(page(path, Staff.POLICY)).getElementById("match-" + li).text())
                .contains("工作人员已确认", "李*");

        String again = mvc.perform(post(path + "/" + li + "/confirm").with(csrf()).with(staff.as(Staff.POLICY))
                        .param("person", choices.get(0)))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("此匹配已由工作人员处理");
        assertThat(list.decision(li)).isEqualTo("CONFIRMED");
    }

    @Test
    void aDecisionLeadsBackOnlyToTheMatchLists() {
        String own = "/imports/7/matches";
        assertThat(MatchReviewPages.backTo(7, own + "?decision=PENDING&page=2")).isEqualTo(own + "?decision=PENDING&page=2");
        assertThat(MatchReviewPages.backTo(7, "/matches?decision=PENDING")).isEqualTo("/matches?decision=PENDING");
        for (String elsewhere : new String[] { "https://example.com/", "//example.com/matches", "/imports/8/matches",
                "/matchesX", null, "/imports/7/matches/../../admin" }) {
            assertThat(MatchReviewPages.backTo(7, elsewhere)).as(elsewhere).isEqualTo(own);
        }
    }

    @Test
    void theWordsAreEnglishWithLangEn() throws Exception {
        String html = page(path + "?lang=en", Staff.POLICY);
        assertThat(Jsoup.parse(html).select("#matches").text()).contains("ID number", "Name and unit",
                "Matched automatically", "Waiting for confirmation", "Registration proposed", "2 possible people");
        assertThat(Breadcrumbs.texts(Jsoup.parse(html))).contains("Imported lists", "Match results");
        assertThat(Jsoup.parse(html).getElementById("match-list-source").text()).startsWith("Competition results");
    }

    @Test
    void policyStaffAreToldOfMatchesWaitingAndTheCountIsTheListItOpens() throws Exception {
        List<Todo> shown = TodoLinks.agreeWithTheirLists(mvc, staff, Staff.POLICY, todos);
        assertThat(shown).extracting(Todo::label).containsExactly("todo.matching.waiting");
        assertThat(shown.get(0).href()).isEqualTo("/matches?decision=PENDING");
        assertThat(shown.get(0).count()).isPositive();
        String all = page("/matches?decision=PENDING&q=" + list.f.tag, Staff.POLICY);
        assertThat(ListPages.total(all)).isEqualTo(1);
        assertThat(Breadcrumbs.problems("/matches", all)).isEmpty();
        assertThat(Jsoup.parse(all).select("#matches a").eachAttr("href")).contains(path);
        assertThat(TodoLinks.agreeWithTheirLists(mvc, staff, Staff.REVIEWER, todos)).isEmpty();
    }

    @Test
    void nobodyElseSeesThePagesAndAnUnknownListIsNotFound() throws Exception {
        for (String user : List.of(Staff.REVIEWER, Staff.APPROVER, Staff.OFFICER, Staff.FINANCE)) {
            int status = mvc.perform(get(path).with(staff.as(user))).andReturn().getResponse().getStatus();
            assertThat(status).as(user).isIn(403, 404);
        }
        mvc.perform(get("/imports/999999999/matches").with(staff.as(Staff.POLICY))).andExpect(status().isNotFound());
        long li = list.entry("李强", "");
        int status = mvc.perform(post(path + "/" + li + "/reject").with(csrf()).with(staff.as(Staff.REVIEWER))
                .param("reason", "不是")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
        assertThat(list.decision(li)).isEqualTo("PENDING");
    }
}
