package cn.jiangxin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.testsupport.NoticeContext;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 公示标题 field of /notices/new: empty at first, exactly what was typed after a refusal, and stored as typed.
 * The page layout's parameters once shadowed the model's {@code title}, so the field showed the page's own
 * {@code <title>} markup.
 */
class NoticeTitleFieldTest extends NoticeContext {

    private static final String TYPED = "第三批 <拟认定> & “领军人才” 公示";

    @Test
    void theTitleFieldStartsEmpty() throws Exception {
        long waiting = cases.approvedCase();
        Document page = page(get("/notices/new").param("case", String.valueOf(waiting)));
        assertThat(page.getElementById("title").attr("value")).isEmpty();
        assertThat(page.getElementById("notice-form").outerHtml()).doesNotContain("th:text", "&lt;title");
    }

    @Test
    void afterARefusalTheTypedTitleComesBackExactlyAndIsStoredAsTyped() throws Exception {
        long waiting = cases.approvedCase();
        Document refused = refused(post("/notices").with(csrf()).param("title", TYPED));
        assertThat(refused.getElementById("refusal-message").text()).isEqualTo("请至少选择一个案件");
        assertThat(refused.getElementById("title").attr("value")).isEqualTo(TYPED);

        Document blank = refused(post("/notices").with(csrf()).param("title", "").param("cases", String.valueOf(waiting)));
        assertThat(blank.getElementById("case-" + waiting).hasAttr("checked")).as("the chosen case stays chosen").isTrue();
        assertThat(blank.getElementById("title").attr("value")).isEmpty();
        assertThat(blank.getElementById("title").hasClass("is-invalid")).isTrue();

        String location = mvc.perform(post("/notices").with(csrf()).param("title", TYPED)
                        .param("cases", String.valueOf(waiting)).with(staff.as(Staff.APPROVER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(board.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).title()).isEqualTo(TYPED);
    }

    /** The form page a refused publication goes back to, as the browser shows it. */
    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        var approver = staff.as(Staff.APPROVER);
        var answer = mvc.perform(request.with(approver).header("Referer", "http://localhost/notices/new"))
                .andExpect(status().isSeeOther()).andReturn();
        return Jsoup.parse(cn.jiangxin.testsupport.Redirects.follow(mvc, answer, approver).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(staff.as(Staff.APPROVER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
