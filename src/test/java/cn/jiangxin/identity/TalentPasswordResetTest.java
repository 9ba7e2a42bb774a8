package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Set;

import cn.jiangxin.notification.Notification;
import cn.jiangxin.notification.Notifications;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may reset a talent's password (issue 10, item 3): the unit, from the case page, only until the talent's first
 * login; after that only a Bureau administrator, and the talent is told. Every reset is audited.
 */
@JiangxinTest
@MovableClock
class TalentPasswordResetTest {

    @Autowired MockMvc mvc;
    @Autowired TalentAccounts talents;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    private long auditLines(String action, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?").params(action, username)
                .query(Long.class).single();
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
    }

    @Test
    void theUnitResetsOnlyUntilTheFirstLoginThenAnAdministratorDoesAndTheTalentIsTold() throws Exception {
        long person = TalentAccountsTest.freshPersonId();
        IssuedCredentials opened = talents.openFor(person, "赵六").orElseThrow();
        assertThat(talents.unitMayResetPassword(person)).isTrue();
        IssuedCredentials beforeLogin = talents.resetPassword(person);
        assertThat(auditLines("TALENT_PASSWORD_RESET", opened.username())).isEqualTo(1);

        MockBrowser talent = new MockBrowser(mvc);
        assertThat(talent.login(opened.username(), beforeLogin.oneTimePassword()).getRedirectedUrl()).isEqualTo("/");
        assertThat(talent.send(get("/")).getRedirectedUrl()).isEqualTo("/account/password");

        assertThat(talents.unitMayResetPassword(person)).as("the case page offers the unit's reset").isFalse();
        assertThatThrownBy(() -> talents.resetPassword(person)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("系统管理员");
        assertThat(auditLines("TALENT_PASSWORD_RESET", opened.username())).isEqualTo(1);

        long id = accountId(opened.username());
        if (!accounts.exists("talent-reset-admin")) {
            accounts.create(new NewAccount("talent-reset-admin", "管理员", "Admin-2026x", Set.of(Role.SYSTEM_ADMIN),
                    null, false));
        }
        MockHttpServletResponse page = mvc.perform(post("/admin/accounts/{id}/password", id).with(csrf())
                .with(user(details.loadUserByUsername("talent-reset-admin")))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        Element issued = Jsoup.parse(page.getContentAsString()).getElementById("issued-password");
        assertThat(issued).isNotNull();
        String password = issued.text();
        assertThat(auditLines("PASSWORD_RESET", opened.username())).isEqualTo(1);

        assertThat(talent.send(get("/account/password")).getRedirectedUrl()).as("the talent's session ended")
                .endsWith("/login");
        assertThat(new MockBrowser(mvc).login(opened.username(), password).getRedirectedUrl()).isEqualTo("/");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.of(id))
                .extracting(Notification::title).contains("您的账号密码已被重置"));
    }
}
