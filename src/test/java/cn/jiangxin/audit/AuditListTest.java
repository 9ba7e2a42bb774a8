package cn.jiangxin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log as a paged list: pages, sorting, filters, the 400 page and the export of exactly the filter. */
@JiangxinTest
class AuditListTest {

    private static final String ROW = "row-";

    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;

    private String actor;

    /** 25 entries of an actor of this test: row-00 … row-24, every third DENIED, the others alternate two actions. */
    @BeforeEach
    void entries() {
        actor = "lister-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 25; i++) {
            trail.record(new AuditEvent(actor, i % 2 == 0 ? "LIST_A" : "LIST_B", "thing", String.valueOf(i),
                    i % 3 == 0 ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.SUCCESS, String.format("row-%02d", i)));
        }
    }

    @Test
    void theSecondPageHoldsTheOldestEntriesAndTheTotalIsShown() throws Exception {
        String first = page(get("/admin/audit").param("actor", actor));
        assertThat(first).contains("共 25 条").contains(ROW + "24").contains(ROW + "05").doesNotContain(ROW + "04")
                .contains("aria-sort=\"descending\"");
        assertThat(first.indexOf(ROW + "24")).isLessThan(first.indexOf(ROW + "23"));
        assertThat(first).contains("/admin/audit?actor=" + actor + "&amp;page=2");

        String second = page(get("/admin/audit").param("actor", actor).param("page", "2"));
        assertThat(rows(second)).containsExactly("row-04", "row-03", "row-02", "row-01", "row-00");
        assertThat(second).contains("第 21–25 条");
    }

    @Test
    void actionsAreShownInWordsWithTheirCodeAsTheTitle() throws Exception {
        trail.record(new AuditEvent(actor, "PERSON_REGISTERED", "person", "1", AuditEvent.Outcome.SUCCESS, "worded"));
        String page = page(get("/admin/audit").param("actor", actor).param("q", "worded"));
        assertThat(page).contains("<span title=\"PERSON_REGISTERED\">登记人员</span>").contains("<option value=\"PERSON_REGISTERED\">登记人员</option>");
        String english = page(get("/admin/audit").param("actor", actor).param("q", "worded").param("lang", "en"));
        assertThat(english).contains(">Person registered</span>");
    }

    @Test
    void sortsBothWaysByAColumn() throws Exception {
        String ascending = page(get("/admin/audit").param("actor", actor).param("sort", "action").param("dir", "asc")
                .param("size", "50"));
        List<String> up = rows(ascending);
        assertThat(up.subList(0, 13)).allMatch(r -> Integer.parseInt(r.substring(4)) % 2 == 0);
        assertThat(up.get(0)).isEqualTo("row-00");
        String descending = page(get("/admin/audit").param("actor", actor).param("sort", "action").param("dir", "desc")
                .param("size", "50"));
        assertThat(rows(descending).get(0)).isEqualTo("row-23");
        assertThat(ascending).contains("sort=action&amp;dir=desc");
    }

    @Test
    void aFilterNarrowsAndTheExportHoldsExactlyTheFilteredEntriesOfEveryPage() throws Exception {
        String denied = page(get("/admin/audit").param("actor", actor).param("outcome", "DENIED"));
        assertThat(denied).contains("共 9 条");
        assertThat(rows(denied)).containsExactly("row-24", "row-21", "row-18", "row-15", "row-12", "row-09",
                "row-06", "row-03", "row-00");
        assertThat(denied).contains("/admin/audit.xlsx?actor=" + actor + "&amp;outcome=DENIED");

        byte[] all = mvc.perform(get("/admin/audit.xlsx").param("actor", actor).with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> sheet = ExcelRows.of(all);
        assertThat(sheet.get(0).get(0)).isEqualTo("审计日志");
        assertThat(sheet.subList(2, sheet.size())).hasSize(25).allMatch(r -> r.get(2).equals(actor));
        assertThat(sheet.get(2).get(7)).isEqualTo("row-24");

        byte[] some = mvc.perform(get("/admin/audit.xlsx").param("actor", actor).param("outcome", "DENIED")
                .param("sort", "at").param("dir", "asc").with(admin()))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> narrowed = ExcelRows.of(some);
        assertThat(narrowed.subList(2, narrowed.size())).extracting(r -> r.get(7)).containsExactly("row-00",
                "row-03", "row-06", "row-09", "row-12", "row-15", "row-18", "row-21", "row-24");
        assertThat(narrowed.get(2).get(6)).isEqualTo("被拒绝");

        assertThat(trail.latest("root", "audit_entry", "", 1)).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("9 entries").contains("outcome=DENIED"));
    }

    @Test
    void aSearchMatchesTheDetailAndADateRangeNarrows() throws Exception {
        assertThat(rows(page(get("/admin/audit").param("actor", actor).param("q", "row-1")))).hasSize(10);
        assertThat(page(get("/admin/audit").param("actor", actor).param("q", "row_1"))).contains("共 0 条");
        assertThat(page(get("/admin/audit").param("actor", actor).param("to", "2000-01-01"))).contains("共 0 条");
        assertThat(page(get("/admin/audit").param("actor", actor).param("from", "2000-01-01"))).contains("共 25 条");
    }

    @Test
    void anInvalidParameterGetsTheBadRequestPageWithItsMessage() throws Exception {
        assertThat(bad(get("/admin/audit").param("page", "abc"))).contains("页码“abc”无效");
        assertThat(bad(get("/admin/audit").param("size", "7"))).contains("每页条数“7”无效").contains("20 / 50 / 100");
        assertThat(bad(get("/admin/audit").param("sort", "detail"))).contains("不能按“detail”排序");
        assertThat(bad(get("/admin/audit").param("outcome", "MAYBE"))).contains("“MAYBE”无效");
        assertThat(bad(get("/admin/audit").param("from", "2026-13-01"))).contains("日期“2026-13-01”（from）无效");
        assertThat(bad(get("/admin/audit.xlsx").param("page", "0"))).contains("页码“0”无效");
        assertThat(bad(get("/admin/audit").param("page", "0").param("lang", "en"))).contains("Page &quot;0&quot; is not valid");
    }

    @Test
    void theExportIsForSystemAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/audit.xlsx").with(user("x").roles("REVIEWER"))).andExpect(status().isForbidden());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String bad(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin())).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> rows(String html) {
        return java.util.regex.Pattern.compile("row-\\d\\d").matcher(html).results().map(m -> m.group()).toList();
    }

    private static SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor admin() {
        return user("root").roles("SYSTEM_ADMIN");
    }
}
