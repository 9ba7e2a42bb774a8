package cn.jiangxin.policy;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@JiangxinTest
class PolicyPagesTest {

    @Autowired Staff staff;
    @Autowired PolicyVersions versions;
    @Autowired
    MockMvc mvc;

    /** The kit's policy account, which {@code @WithUserDetails} signs in once it exists. */
    @BeforeEach
    void policyStaff() {
        staff.policy();
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void onlyPolicyStaffMayOpenThePages() throws Exception {
        mvc.perform(get("/policies")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails(value = Staff.POLICY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void policyStaffSeeEveryParameterWithItsArticleAndGetMessagesNextToInvalidFields() throws Exception {
        mvc.perform(get("/policies")).andExpect(status().isOk()).andExpect(content().string(containsString("chaoyang-2025-draft")));
        mvc.perform(get("/policies/chaoyang-2025-draft")).andExpect(status().isOk())
                .andExpect(content().string(containsString("第四条第（一）项")))
                .andExpect(content().string(containsString("10000000")));
        mvc.perform(post("/policies/chaoyang-2025-draft/copy").with(csrf()).param("newCode", "pages-draft").param("title", "草稿"))
                .andExpect(redirectedUrl("/policies/pages-draft/edit"));
        assertThat(Breadcrumbs.problems("/policies/pages-draft/edit", mvc.perform(get("/policies/pages-draft/edit"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())).isEmpty();
        mvc.perform(post("/policies/pages-draft/edit").with(csrf()).param("title", "草稿")
                        .param("param:reward.worldSkillsGold.personFen", "-100")
                        .param("param:support.periodYears", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为负数")))
                .andExpect(content().string(containsString("不能小于1")));
        var refused = mvc.perform(post("/policies/pages-draft/publish").with(csrf()).param("effectiveFrom", "2025-01-01")
                        .header("Referer", "http://localhost/policies/pages-draft"))
                .andExpect(status().isSeeOther()).andReturn();
        var page = org.jsoup.Jsoup.parse(cn.jiangxin.testsupport.Redirects.follow(mvc, refused)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#refusal-message").text()).isEqualTo("生效日期不得早于最近发布版本的生效日期。");
        assertThat(page.select("#publish-error").text()).isEqualTo("生效日期不得早于最近发布版本的生效日期。");
        assertThat(page.select("#effectiveFrom").val()).isEqualTo("2025-01-01");
        assertThat(page.select("#publish-help").text()).as("the earliest date is in the help text")
                .contains(versions.inForceOn(LocalDate.MAX).orElseThrow().effectiveFrom().toString());
        mvc.perform(post("/policies/pages-draft/publish").with(csrf()).param("effectiveFrom", "2025-01-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("生效日期不得早于最近发布版本的生效日期。")));
        mvc.perform(post("/policies/chaoyang-2025-draft/edit").with(csrf()).param("title", "x"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("该版本已发布，不可修改。")));
        mvc.perform(get("/policies/nope")).andExpect(status().isNotFound());
    }

    /**
     * The draft editor's 标题 field shows the version's title, and after a refusal exactly what was typed; the page
     * layout's parameters once shadowed the model's {@code title}, so the field held the page's own {@code <title>}
     * markup, which a save then stored as the version's title.
     */
    @Test
    @WithUserDetails(value = Staff.POLICY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theDraftEditorShowsAndSavesTheTitleAsTyped() throws Exception {
        String copied = "朝阳区政策 <修订稿> & “草案”";
        mvc.perform(post("/policies/chaoyang-2025-draft/copy").with(csrf()).param("newCode", "title-draft")
                .param("title", copied)).andExpect(redirectedUrl("/policies/title-draft/edit"));
        assertThat(titleField(get("/policies/title-draft/edit")).attr("value")).isEqualTo(copied);

        String typed = "修订 <第二稿> & 2026";
        Element refused = titleField(post("/policies/title-draft/edit").with(csrf()).param("title", typed)
                .param("param:support.periodYears", "0"));
        assertThat(refused.attr("value")).isEqualTo(typed);
        Element blank = titleField(post("/policies/title-draft/edit").with(csrf()).param("title", ""));
        assertThat(blank.attr("value")).isEmpty();
        assertThat(blank.hasClass("is-invalid")).isTrue();

        mvc.perform(post("/policies/title-draft/edit").with(csrf()).param("title", typed))
                .andExpect(redirectedUrl("/policies/title-draft"));
        assertThat(titleField(get("/policies/title-draft/edit")).attr("value")).isEqualTo(typed);
        mvc.perform(get("/policies/title-draft")).andExpect(content().string(containsString("修订 &lt;第二稿&gt; &amp; 2026")));
    }

    private Element titleField(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).getElementById("title");
    }
}
