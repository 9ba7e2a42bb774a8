package cn.jiangxin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The work page's word on the audit hash chain: the latest verification's result, linked to where it runs. */
@JiangxinTest
class AuditTodosTest {

    @Autowired AuditTodos todos;
    @Autowired AuditVerifier verifier;
    @Autowired AuditStore store;
    @Autowired Staff staff;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdministratorSeesTheLatestVerificationLinkedToTheAuditPage() throws Exception {
        staff.signInHere(Staff.ADMIN);
        AuditVerifier.Verification latest = verifier.verify();
        assertThat(todos.waitingForCurrentUser()).singleElement().satisfies(todo -> {
            assertThat(todo.section()).isEqualTo(Section.ADMINISTRATION);
            assertThat(todo.label()).isEqualTo("audit.todo.broken");
            assertThat(todo.count()).isEqualTo(latest.intact() ? 0 : 1);
            assertThat(todo.urgent()).isTrue();
            assertThat(todo.href()).isEqualTo("/admin/audit#verification");
        });
        mvc.perform(get("/admin/audit").with(staff.as(Staff.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"audit-verify\"")));
    }

    @Test
    void beforeAnyVerificationItAsksForOneAndCountsNothing() {
        staff.signInHere(Staff.ADMIN);
        assertThat(new AuditTodos(new AuditVerifier(store)).waitingForCurrentUser()).singleElement()
                .satisfies(todo -> {
                    assertThat(todo.label()).isEqualTo("audit.todo.unverified");
                    assertThat(todo.count()).isZero();
                });
    }

    @Test
    void nobodyElseSeesIt() {
        staff.signInHere(Staff.POLICY);
        assertThat(todos.waitingForCurrentUser()).isEmpty();
        SecurityContextHolder.clearContext();
        assertThat(todos.waitingForCurrentUser()).isEmpty();
    }
}
