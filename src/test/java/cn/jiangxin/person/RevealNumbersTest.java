package cn.jiangxin.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** SEC-2: full numbers only for the roles that check identity, and every read or refusal is audited. */
@JiangxinTest
class RevealNumbersTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired People peopleService;

    /** 孙揭示 of the second officer's unit; his ID number, and as the audit log keeps it. */
    private long zhangWei() {
        return TestPeople.named(peopleService, staff.officer2(), "孙揭示", Sex.MALE);
    }

    private String idNumber(long id) {
        return peopleService.find(id).orElseThrow().idNumber().value();
    }

    private static String asAudited(String idNumber) {
        return idNumber.substring(0, 4) + "*".repeat(10) + idNumber.substring(14);
    }

    @Test
    void aReviewerSeesTheFullNumbersOnceAndTheReadIsAudited() throws Exception {
        long id = zhangWei();
        String number = idNumber(id);
        var reviewer = staff.as(Staff.REVIEWER);
        mvc.perform(get("/people/{id}", id).with(reviewer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(number))))
                .andExpect(content().string(containsString("person-reveal")));

        mvc.perform(post("/people/{id}/reveal", id).with(reviewer).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("<nav"))));
        mvc.perform(post("/people/{id}/reveal", id).with(reviewer).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("<nav")));

        assertThat(audit.latest(Staff.REVIEWER, "person", String.valueOf(id), 10))
                .filteredOn(e -> e.action().equals("READ_ID_NUMBER") && e.outcome().equals("SUCCESS"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo(asAudited(number)));
    }

    @Test
    void anOfficerCannotRevealAndTheAttemptIsRecorded() throws Exception {
        long id = zhangWei();
        var officer2 = staff.as(Staff.OFFICER2);
        mvc.perform(get("/people/{id}", id).with(officer2)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("person-reveal"))));
        mvc.perform(post("/people/{id}/reveal", id).with(officer2).with(csrf())).andExpect(status().isForbidden());
        var officer = staff.as(Staff.OFFICER);
        mvc.perform(post("/people/{id}/reveal", id).with(officer).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}/reveal", 999_999).with(staff.as(Staff.APPROVER)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDomainRefusesAndAuditsAnyoneElse() {
        long id = zhangWei();
        var admin = new cn.jiangxin.identity.CurrentUser(1, Staff.ADMIN, "管理员",
                java.util.Set.of(cn.jiangxin.identity.Role.SYSTEM_ADMIN), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> peopleService.reveal(admin, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(audit.latest(Staff.ADMIN, "person", String.valueOf(id), 5))
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("DENIED"));
    }
}
