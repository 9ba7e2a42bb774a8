package cn.jiangxin.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JiangxinTest
class AuditAdminPageTest {

    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;

    @ParameterizedTest
    @ValueSource(strings = {"TALENT", "UNIT_OFFICER", "REVIEWER", "APPROVER", "FINANCE", "PROVIDER", "POLICY_ADMIN"})
    void onlySystemAdministratorsReadTheAuditLog(String role) throws Exception {
        mvc.perform(get("/admin/audit").with(user("x").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").with(user("x").roles(role)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void administratorsSeeEntriesAndVerifyTheChainWithOrWithoutJavaScript() throws Exception {
        trail.record(new AuditEvent("reviewer", "CASE_RETURNED", "nomination", "N-7", AuditEvent.Outcome.SUCCESS, "<b>x</b>"));
        var admin = user("root").roles("SYSTEM_ADMIN");
        mvc.perform(get("/admin/audit").param("objectId", "N-7").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CASE_RETURNED")))
                .andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt;")));
        mvc.perform(post("/admin/audit/verify").header("HX-Request", "true").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("哈希链完整")))
                .andExpect(content().string(not(containsString("<nav"))));
        mvc.perform(post("/admin/audit/verify").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("哈希链完整")))
                .andExpect(content().string(containsString("<nav")));
    }
}
