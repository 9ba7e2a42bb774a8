package cn.jiangxin.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestConsultations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The consultation list, paged: 21 consultations titled after this test's tag (c00 … c20); c00, c03 … closed a year
 * ago, c01, c04 … open now, c02, c05 … opening in a month.
 */
@JiangxinTest
class ConsultationListTest {

    @Autowired MockMvc mvc;
    @Autowired Consultations consultations;
    @Autowired ConsultationTodos todos;
    @Autowired CommentDesk desk;
    @Autowired Staff staff;

    private String tag;
    private final LocalDate today = LocalDate.now(BeijingTime.ZONE);

    @BeforeEach
    void consultations() {
        tag = "意见列表" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 21; i++) {
            LocalDate from = switch (i % 3) {
                case 0 -> today.minusYears(1);
                case 1 -> today.minusDays(3);
                default -> today.plusMonths(1);
            };
            TestConsultations.open(consultations, Staff.POLICY, String.format("%s c%02d", tag, i), from, from.plusDays(10));
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void pagesSortAndFilterByStateAndDates() throws Exception {
        String first = page(get("/consultations").param("q", tag).param("sort", "title").param("dir", "asc"));
        assertThat(ListPages.total(first)).isEqualTo(21);
        assertThat(titles(first)).hasSize(20).startsWith(tag + " c00");
        assertThat(titles(page(get("/consultations").param("q", tag).param("sort", "title").param("dir", "asc")
                .param("page", "2")))).containsExactly(tag + " c20");
        String open = page(get("/consultations").param("q", tag).param("state", "OPEN").param("sort", "title"));
        assertThat(titles(open)).containsExactly(tag + " c01", tag + " c04", tag + " c07", tag + " c10", tag + " c13",
                tag + " c16", tag + " c19");
        assertThat(ListPages.column(open, "consultations", 1)).containsOnly("征求意见中");
        assertThat(ListPages.column(page(get("/consultations").param("q", tag).param("state", "OPEN")
                .param("lang", "en")), "consultations", 1)).containsOnly("Open");
        assertThat(ListPages.total(page(get("/consultations").param("q", tag).param("state", "UPCOMING")))).isEqualTo(7);
        String lastYear = page(get("/consultations").param("q", tag)
                .param("from", today.minusYears(1).minusDays(1).toString()).param("to", today.minusYears(1).toString()));
        assertThat(ListPages.total(lastYear)).isEqualTo(7);
        assertThat(ListPages.unscrollableTables(first)).isEmpty();
    }

    @Test
    void theExportHoldsExactlyTheFilteredConsultations() throws Exception {
        byte[] xlsx = mvc.perform(get("/consultations.xlsx").param("q", tag).param("state", "CLOSED")
                        .param("sort", "title").param("dir", "desc").with(staff.as(Staff.POLICY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ListPages.exportedRows(xlsx);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(tag + " c18", tag + " c15", tag + " c12",
                tag + " c09", tag + " c06", tag + " c03", tag + " c00");
        assertThat(rows).allSatisfy(r -> assertThat(r.subList(2, 4)).containsExactly("已截止", "已公开"));
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        for (var request : List.of(get("/consultations").param("state", "DRAFTING"),
                get("/consultations").param("from", "2026-02-30"),
                get("/consultations").param("from", "2026-05-02").param("to", "2026-05-01"),
                get("/consultations.xlsx").param("visible", "maybe"), get("/consultations").param("sort", "notice"))) {
            mvc.perform(request.with(staff.as(Staff.POLICY))).andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"));
        }
        mvc.perform(get("/consultations.xlsx").with(staff.as(Staff.REVIEWER))).andExpect(status().isForbidden());
    }

    @Test
    void theToDosCountWhatTheirListsShowAndUndecidedCommentsOfAClosedConsultationAreUrgent() throws Exception {
        long closed = TestConsultations.open(consultations, Staff.POLICY, tag + " closed", today.minusDays(30),
                today.minusDays(20));
        desk.record(new CommentDesk.RecordedComment(closed, null, ChannelKind.PHONE, "", "", "来电意见" + tag,
                today.minusDays(25), UUID.randomUUID().toString()), Staff.POLICY);
        staff.signInHere(Staff.POLICY);
        List<Todo> mine = todos.waitingForCurrentUser();
        assertThat(mine).extracting(Todo::href).containsExactly("/consultations?state=OPEN",
                "/consultations/comments?classified=no");
        assertThat(mine).allMatch(todo -> todo.section() == Section.POLICY);
        for (Todo todo : mine) {
            assertThat(ListPages.total(page(get(todo.href())))).as(todo.label()).isEqualTo(todo.count());
        }
        assertThat(mine.get(0).count()).isGreaterThanOrEqualTo(7);
        assertThat(mine.get(1).alarming()).isTrue();
        staff.signInHere(Staff.REVIEWER);
        assertThat(todos.waitingForCurrentUser()).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.POLICY))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> titles(String html) {
        return ListPages.column(html, "consultations", 0).stream()
                .map(t -> t.replace(" 未公开", "").replace(" 已公布采纳情况", "")).toList();
    }
}
