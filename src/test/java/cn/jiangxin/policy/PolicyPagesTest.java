package cn.jiangxin.policy;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PolicyPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "REVIEWER")
    void onlyPolicyStaffMayOpenThePages() throws Exception {
        mvc.perform(get("/policies")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("policy")
    void policyStaffSeeEveryParameterWithItsArticleAndGetMessagesNextToInvalidFields() throws Exception {
        mvc.perform(get("/policies")).andExpect(status().isOk()).andExpect(content().string(containsString("chaoyang-2025-draft")));
        mvc.perform(get("/policies/chaoyang-2025-draft")).andExpect(status().isOk())
                .andExpect(content().string(containsString("第四条第（一）项")))
                .andExpect(content().string(containsString("10000000")));
        mvc.perform(post("/policies/chaoyang-2025-draft/copy").with(csrf()).param("newCode", "pages-draft").param("title", "草稿"))
                .andExpect(redirectedUrl("/policies/pages-draft/edit"));
        mvc.perform(get("/policies/pages-draft/edit")).andExpect(status().isOk());
        mvc.perform(post("/policies/pages-draft/edit").with(csrf()).param("title", "草稿")
                        .param("param:reward.worldSkillsGold.personFen", "-100")
                        .param("param:support.periodYears", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为负数")))
                .andExpect(content().string(containsString("不能小于1")));
        mvc.perform(post("/policies/pages-draft/publish").with(csrf()).param("effectiveFrom", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("生效日期不得早于最近发布版本的生效日期（2025-03-11）")));
        mvc.perform(post("/policies/chaoyang-2025-draft/edit").with(csrf()).param("title", "x"))
                .andExpect(redirectedUrl("/policies/chaoyang-2025-draft"));
        mvc.perform(get("/policies/nope")).andExpect(status().isNotFound());
    }
}
