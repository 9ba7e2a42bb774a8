package cn.jiangxin.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.testsupport.AccessibilityCheck;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestConsultations;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The comments of a consultation as a paged list: 22 comments (意见00 … 意见21, received 21 … 0 days ago), the even
 * ones by phone, the odd ones by e-mail; the first five decided (not adopted).
 */
@JiangxinTest
class CommentListTest {

    private static final Pattern BODY = Pattern.compile("意见\\d\\d");

    @Autowired MockMvc mvc;
    @Autowired Consultations consultations;
    @Autowired CommentDesk desk;
    @Autowired Staff staff;

    private long id;
    private String tag;

    @BeforeEach
    void comments() {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        tag = UUID.randomUUID().toString().substring(0, 8);
        id = TestConsultations.open(consultations, Staff.POLICY, today.minusDays(30), today.minusDays(1));
        for (int i = 0; i < 22; i++) {
            String receipt = desk.record(new CommentDesk.RecordedComment(id, null,
                    i % 2 == 0 ? ChannelKind.PHONE : ChannelKind.EMAIL, "王" + i, "", String.format("%s 意见%02d", tag, i),
                    today.minusDays(21 - i), UUID.randomUUID().toString()), Staff.POLICY);
            if (i < 5) {
                desk.classify(desk.byReceipt(receipt).orElseThrow().id(), CommentOutcome.NOT_ADOPTED, "不予采纳的理由",
                        Staff.POLICY);
            }
        }
    }

    @Test
    void pagesSortAndShowTheirClassifyForms() throws Exception {
        String first = page(get("/consultations/comments").param("consultation", String.valueOf(id)));
        assertThat(ListPages.total(first)).isEqualTo(22);
        assertThat(Breadcrumbs.problems("/consultations/comments", first)).isEmpty();
        assertThat(Breadcrumbs.up(Jsoup.parse(first, "http://localhost/consultations/comments")))
                .map(Breadcrumbs::pathOf).as("back to the consultation").contains("/consultations/" + id);
        assertThat(bodies(first)).hasSize(20).startsWith("意见00", "意见01");
        assertThat(Jsoup.parse(first).select("form[action*=/classify]")).hasSize(20);
        assertThat(bodies(page(get("/consultations/comments").param("consultation", String.valueOf(id))
                .param("page", "2")))).containsExactly("意见20", "意见21");
        assertThat(bodies(page(get("/consultations/comments").param("consultation", String.valueOf(id))
                .param("sort", "received").param("dir", "desc")))).startsWith("意见21", "意见20");
        assertThat(first).contains("电话").contains("电子邮箱").doesNotContain(">PHONE<");
        assertThat(AccessibilityCheck.problems("/consultations/comments", Jsoup.parse(first))).isEmpty();
    }

    @Test
    void filtersByChannelDecisionOutcomeAndText() throws Exception {
        String consultation = String.valueOf(id);
        assertThat(ListPages.total(page(get("/consultations/comments").param("consultation", consultation)
                .param("channel", "PHONE")))).isEqualTo(11);
        assertThat(bodies(page(get("/consultations/comments").param("consultation", consultation)
                .param("classified", "yes")))).containsExactly("意见00", "意见01", "意见02", "意见03", "意见04");
        assertThat(ListPages.total(page(get("/consultations/comments").param("consultation", consultation)
                .param("classified", "no")))).isEqualTo(17);
        assertThat(ListPages.total(page(get("/consultations/comments").param("consultation", consultation)
                .param("outcome", "NOT_ADOPTED").param("channel", "EMAIL")))).isEqualTo(2);
        assertThat(bodies(page(get("/consultations/comments").param("q", tag + " 意见1")))).hasSize(10);
        assertThat(ListPages.total(page(get("/consultations/comments").param("consultation", consultation)
                .param("state", "OPEN")))).isZero();
    }

    @Test
    void theExportHoldsExactlyTheFilteredComments() throws Exception {
        byte[] xlsx = mvc.perform(get("/consultations/comments.xlsx").param("consultation", String.valueOf(id))
                        .param("classified", "no").param("channel", "EMAIL").with(staff.as(Staff.POLICY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ListPages.exportedRows(xlsx);
        assertThat(rows).extracting(r -> r.get(7).substring(9)).containsExactly("意见05", "意见07", "意见09", "意见11",
                "意见13", "意见15", "意见17", "意见19", "意见21");
        assertThat(rows).allSatisfy(r -> assertThat(List.of(r.get(3), r.get(8))).containsExactly("电子邮箱", "未处理"));

        byte[] whole = mvc.perform(get("/consultations/{id}/comments.xlsx", id).with(staff.as(Staff.POLICY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ListPages.exportedRows(whole)).hasSize(22);
    }

    @Test
    void aDecisionLeadsBackToTheListItCameFromAndNowhereElse() throws Exception {
        long comment = desk.of(id).get(10).id();
        String back = "/consultations/comments?consultation=" + id + "&classified=no&page=1";
        mvc.perform(post("/consultations/{id}/comments/{c}/classify", id, comment).with(staff.as(Staff.POLICY))
                        .with(csrf()).param("outcome", "ADOPTED").param("back", back))
                .andExpect(redirectedUrl(back + "#comment-" + comment));
        for (String elsewhere : List.of("https://evil.example/", "//evil.example", "/consultations/commentsx",
                "/consultations/comments?\r\nX: y")) {
            mvc.perform(post("/consultations/{id}/comments/{c}/classify", id, comment).with(staff.as(Staff.POLICY))
                            .with(csrf()).param("outcome", "ADOPTED").param("back", elsewhere))
                    .andExpect(redirectedUrl("/consultations/comments?consultation=" + id + "#comment-" + comment));
        }
    }

    @Test
    void theConsultationPageLinksToItsCommentsAndTheUndecidedOnes() throws Exception {
        String detail = page(get("/consultations/{id}", id));
        assertThat(detail).contains("href=\"/consultations/comments?consultation=" + id + "\"")
                .contains("href=\"/consultations/comments?consultation=" + id + "&amp;classified=no\"")
                .contains("（17条）");
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        for (var request : List.of(get("/consultations/comments").param("consultation", "x"),
                get("/consultations/comments").param("channel", "PIGEON"),
                get("/consultations/comments").param("classified", "maybe"),
                get("/consultations/comments.xlsx").param("outcome", "LOST"),
                get("/consultations/comments").param("sort", "body"))) {
            mvc.perform(request.with(staff.as(Staff.POLICY))).andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"));
        }
        mvc.perform(get("/consultations/comments").with(staff.as(Staff.ADMIN))).andExpect(status().isForbidden());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.POLICY))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> bodies(String html) {
        return Jsoup.parse(html).select(".comment .pre-line").stream().map(e -> e.text())
                .map(t -> BODY.matcher(t).results().findFirst().map(m -> m.group()).orElse(t)).toList();
    }
}
