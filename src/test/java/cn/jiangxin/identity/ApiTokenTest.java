package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Outside the demo profile the eligibility API needs an API token or a staff session. */
@JiangxinTest
class ApiTokenTest {

    private static final String EVALUATIONS = "/api/v1/eligibility/evaluations";

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;

    @Test
    void theApiRefusesCallersWithoutAValidToken() throws Exception {
        mvc.perform(post(EVALUATIONS).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(EVALUATIONS).header("Authorization", "Bearer jx_forged").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anIssuedTokenLetsTheCallerThroughUntilItIsRevoked() throws Exception {
        ApiTokens.Issued issued = tokens.issue("人社局业务系统", "admin");
        mvc.perform(post(EVALUATIONS).header("Authorization", "Bearer " + issued.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // other tests of the shared context issue tokens too
        assertThat(tokens.list()).extracting(ApiTokens.TokenView::prefix).contains(issued.token().substring(0, 9));

        tokens.revoke(issued.id());
        mvc.perform(post(EVALUATIONS).header("Authorization", "Bearer " + issued.token())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOpensNoOtherDoor() throws Exception {
        ApiTokens.Issued issued = tokens.issue("外部系统", "admin");
        mvc.perform(get("/admin/accounts").header("Authorization", "Bearer " + issued.token()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void administratorsIssueTokensThatAreShownOnce() throws Exception {
        accounts.create(new NewAccount("tokadmin", "令牌管理员", "Secret12345", Set.of(Role.SYSTEM_ADMIN), null, false));
        var admin = user(details.loadUserByUsername("tokadmin"));
        mvc.perform(post("/admin/api-tokens").param("name", "12345热线").with(admin).with(csrf()))
                .andExpect(flash().attributeExists("issued"));
        mvc.perform(get("/admin/api-tokens").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("12345热线")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("issued-token"))));
    }
}
