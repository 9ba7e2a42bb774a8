package cn.jiangxin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The policy version list, paged: 21 drafts copied from the shipped pack, coded after this test's tag (d00 … d20). */
@JiangxinTest
class PolicyListTest {

    private static final String SHIPPED = "chaoyang-2025-draft";

    @Autowired MockMvc mvc;
    @Autowired PolicyAdministration admin;
    @Autowired PolicyTodos todos;
    @Autowired Staff staff;

    private String tag;

    @BeforeEach
    void drafts() {
        tag = "pl" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 21; i++) {
            admin.copyToDraft(SHIPPED, String.format("%s-d%02d", tag, i), "列表测试草稿" + tag, Staff.POLICY);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void pagesSortAndFilterByStatus() throws Exception {
        String first = page(get("/policies").param("q", tag).param("sort", "code").param("dir", "asc"));
        assertThat(ListPages.total(first)).isEqualTo(21);
        assertThat(codes(first)).hasSize(20).startsWith(tag + "-d00");
        assertThat(codes(page(get("/policies").param("q", tag).param("sort", "code").param("dir", "asc")
                .param("page", "2")))).containsExactly(tag + "-d20");
        assertThat(codes(page(get("/policies").param("q", tag).param("sort", "code").param("dir", "desc"))))
                .startsWith(tag + "-d20", tag + "-d19");
        assertThat(ListPages.total(page(get("/policies").param("q", tag).param("status", "PUBLISHED")))).isZero();
        String drafts = page(get("/policies").param("q", tag).param("status", "DRAFT"));
        assertThat(ListPages.total(drafts)).isEqualTo(21);
        assertThat(ListPages.column(drafts, "versions", 2)).containsOnly("草稿");
        assertThat(ListPages.unscrollableTables(first)).isEmpty();
        assertThat(first).contains("<option value=\"" + SHIPPED + "\">");
    }

    @Test
    void theExportHoldsExactlyTheFilteredVersions() throws Exception {
        byte[] xlsx = mvc.perform(get("/policies.xlsx").param("q", tag).param("status", "DRAFT").param("sort", "code")
                        .param("dir", "asc").with(staff.as(Staff.POLICY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ListPages.exportedRows(xlsx);
        assertThat(rows).hasSize(21).extracting(r -> r.get(0)).startsWith(tag + "-d00").endsWith(tag + "-d20");
        assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("草稿"));
        assertThat(rows.get(0).get(4)).isEqualTo(SHIPPED);
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        for (var request : List.of(get("/policies").param("status", "RETIRED"), get("/policies").param("sort", "content"),
                get("/policies.xlsx").param("dir", "up").param("sort", "code"))) {
            mvc.perform(request.with(staff.as(Staff.POLICY))).andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"));
        }
    }

    @Test
    void theDraftsToDoCountsWhatItsListShows() throws Exception {
        staff.signInHere(Staff.POLICY);
        assertThat(todos.waitingForCurrentUser()).singleElement().satisfies(todo -> {
            assertThat(todo.section()).isEqualTo(Section.POLICY);
            assertThat(todo.href()).isEqualTo("/policies?status=DRAFT");
            assertThat(todo.count()).isGreaterThanOrEqualTo(21);
        });
        Todo drafts = todos.waitingForCurrentUser().get(0);
        assertThat(ListPages.total(page(get(drafts.href())))).isEqualTo(drafts.count());
        staff.signInHere(Staff.ADMIN);
        assertThat(todos.waitingForCurrentUser()).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.POLICY))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> codes(String html) {
        return ListPages.column(html, "versions", 0);
    }
}
