package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** SPEC §1: administrators make no case or payment decisions (issue 10, item 7), so no account is both. */
@JiangxinTest
@MovableClock
class SeparationOfDutiesTest {

    private static final String REFUSAL = "系统管理员不参与案件审核、审批和资金发放，不能同时担任初审人员、复审科长或财务";

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;

    private MockHttpServletResponse asAdministrator(MockHttpServletRequestBuilder request) throws Exception {
        if (!accounts.exists("duties-admin")) {
            accounts.create(new NewAccount("duties-admin", "管理员", "Admin-2026x", Set.of(Role.SYSTEM_ADMIN), null, false));
        }
        return mvc.perform(request.with(user(details.loadUserByUsername("duties-admin"))).with(csrf())).andReturn()
                .getResponse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"REVIEWER", "APPROVER", "FINANCE"})
    void anAdministratorIsNeverAlsoADecider(Role decider) throws Exception {
        String username = "both-" + decider.name().toLowerCase();
        MockHttpServletResponse created = asAdministrator(post("/admin/accounts").param("username", username)
                .param("displayName", "兼任").param("password", "Initial-2026x")
                .param("roles", "SYSTEM_ADMIN", decider.name()));
        assertThat(created.getStatus()).isEqualTo(422);
        assertThat(created.getContentAsString()).contains(REFUSAL);
        assertThat(accounts.exists(username)).isFalse();

        long id = accounts.create(new NewAccount(username, "兼任", "Initial-2026x", Set.of(decider), null, false));
        MockHttpServletResponse assigned = asAdministrator(post("/admin/accounts/{id}", id)
                .param("roles", "SYSTEM_ADMIN", decider.name()));
        assertThat(assigned.getStatus()).isEqualTo(422);
        assertThat(assigned.getContentAsString()).contains(REFUSAL);
        assertThat(accounts.find(id).orElseThrow().roles()).containsExactly(decider);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theRuleRefusesExactlyTheAdministratorDeciderPairs(Role other) {
        boolean decider = other == Role.REVIEWER || other == Role.APPROVER || other == Role.FINANCE;
        assertThat(RoleCombinationRule.refusal(EnumSet.of(Role.SYSTEM_ADMIN, other)).isPresent()).isEqualTo(decider);
        assertThat(RoleCombinationRule.refusal(EnumSet.of(other))).isEmpty();
        assertThat(RoleCombinationRule.refusal(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE))).isEmpty();
    }
}
