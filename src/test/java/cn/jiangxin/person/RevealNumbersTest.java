package cn.jiangxin.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.testsupport.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** SEC-2: full numbers only for the roles that check identity, and every read or refusal is audited. */
@DemoTest
class RevealNumbersTest {

    private static final String ZHANG_WEI = "110105198503121234";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired People peopleService;

    private long zhangWei() {
        return jdbc.sql("SELECT id FROM person WHERE name = '张伟'").query(Long.class).single();
    }

    @Test
    void aReviewerSeesTheFullNumbersOnceAndTheReadIsAudited() throws Exception {
        long id = zhangWei();
        var reviewer = user(details.loadUserByUsername("reviewer"));
        mvc.perform(get("/people/{id}", id).with(reviewer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ZHANG_WEI))))
                .andExpect(content().string(containsString("person-reveal")));

        mvc.perform(post("/people/{id}/reveal", id).with(reviewer).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString(ZHANG_WEI)))
                .andExpect(content().string(not(containsString("<nav"))));
        mvc.perform(post("/people/{id}/reveal", id).with(reviewer).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ZHANG_WEI)))
                .andExpect(content().string(containsString("<nav")));

        assertThat(audit.latest("reviewer", "person", String.valueOf(id), 10))
                .filteredOn(e -> e.action().equals("READ_ID_NUMBER") && e.outcome().equals("SUCCESS"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("1101**********1234"));
    }

    @Test
    void anOfficerCannotRevealAndTheAttemptIsRecorded() throws Exception {
        long id = zhangWei();
        var officer2 = user(details.loadUserByUsername("officer2"));
        mvc.perform(get("/people/{id}", id).with(officer2)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("person-reveal"))));
        mvc.perform(post("/people/{id}/reveal", id).with(officer2).with(csrf())).andExpect(status().isForbidden());
        var officer = user(details.loadUserByUsername("officer"));
        mvc.perform(post("/people/{id}/reveal", id).with(officer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}/reveal", 999_999).with(user(details.loadUserByUsername("approver"))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDomainRefusesAndAuditsAnyoneElse() {
        long id = zhangWei();
        var admin = new cn.jiangxin.identity.CurrentUser(1, "admin", "管理员",
                java.util.Set.of(cn.jiangxin.identity.Role.SYSTEM_ADMIN), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> peopleService.reveal(admin, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(audit.latest("admin", "person", String.valueOf(id), 5))
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("DENIED"));
    }
}
