package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sessions do not outlive the account's changes (issue 10, item 3): disabling, new roles or unit, and a password reset
 * end every session of the account; one's own password change ends one's other sessions; and no session lives longer
 * than the absolute lifetime. Each user here holds two real sessions, signed in through the login form.
 */
@JiangxinTest
@MovableClock
class AccountSessionsTest {

    private static final String PASSWORD = "Secret12345";

    @Autowired MockMvc mvc;
    @Autowired Units units;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired FindByIndexNameSessionRepository<?> sessions;
    @Value("${jiangxin.security.session-absolute-lifetime:12h}") Duration lifetime;

    private record Sessions(MockBrowser first, MockBrowser second) {
    }

    private Sessions twoSessions(String username, String password) throws Exception {
        MockBrowser first = new MockBrowser(mvc);
        MockBrowser second = new MockBrowser(mvc);
        assertThat(first.login(username, password).getRedirectedUrl()).isEqualTo("/");
        assertThat(second.login(username, password).getRedirectedUrl()).isEqualTo("/");
        assertSignedIn(first);
        assertSignedIn(second);
        return new Sessions(first, second);
    }

    private static void assertSignedIn(MockBrowser browser) throws Exception {
        assertThat(browser.send(get("/account/profile")).getStatus()).isEqualTo(200);
    }

    private static void assertSignedOut(MockBrowser browser) throws Exception {
        MockHttpServletResponse answer = browser.send(get("/account/profile"));
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).endsWith("/login");
    }

    private MockHttpServletResponse asAdministrator(MockHttpServletRequestBuilder request) throws Exception {
        if (!accounts.exists("sessions-admin")) {
            accounts.create(new NewAccount("sessions-admin", "管理员", "Admin-2026x", Set.of(Role.SYSTEM_ADMIN), null,
                    false));
        }
        return mvc.perform(request.with(user(details.loadUserByUsername("sessions-admin"))).with(csrf())).andReturn()
                .getResponse();
    }

    /** A new unit registered through the service (a valid credit code), for officers to move between. */
    private long unit(String name) {
        return TestUnits.register(units, TestAccounts.ROOT, name, "EMPLOYER");
    }

    @Test
    void disablingAnAccountEndsEverySessionOfIt() throws Exception {
        long id = accounts.create(new NewAccount("s-disabled", "停用", PASSWORD, Set.of(Role.REVIEWER), null, false));
        Sessions s = twoSessions("s-disabled", PASSWORD);
        asAdministrator(post("/admin/accounts/{id}/enabled", id).param("enabled", "false"));
        assertSignedOut(s.first());
        assertSignedOut(s.second());
    }

    @Test
    void newRolesEndEverySessionOfTheAccount() throws Exception {
        long id = accounts.create(new NewAccount("s-roles", "换角色", PASSWORD, Set.of(Role.REVIEWER), null, false));
        Sessions s = twoSessions("s-roles", PASSWORD);
        assertThat(asAdministrator(post("/admin/accounts/{id}", id).param("roles", "APPROVER")).getRedirectedUrl())
                .isEqualTo("/admin/accounts");
        assertSignedOut(s.first());
        assertSignedOut(s.second());
    }

    @Test
    void aNewUnitEndsEverySessionOfTheAccount() throws Exception {
        long id = accounts.create(new NewAccount("s-unit", "换单位", PASSWORD, Set.of(Role.UNIT_OFFICER),
                unit("会话测试单位甲"), false));
        Sessions s = twoSessions("s-unit", PASSWORD);
        assertThat(asAdministrator(post("/admin/accounts/{id}", id).param("roles", "UNIT_OFFICER")
                .param("unitId", String.valueOf(unit("会话测试单位乙")))).getRedirectedUrl())
                .isEqualTo("/admin/accounts");
        assertSignedOut(s.first());
        assertSignedOut(s.second());
    }

    @Test
    void savingTheSameRolesAndUnitWithAnEmailKeepsTheSessions() throws Exception {
        long id = accounts.create(new NewAccount("s-same", "不变", PASSWORD, Set.of(Role.REVIEWER), null, false));
        Sessions s = twoSessions("s-same", PASSWORD);
        assertThat(asAdministrator(post("/admin/accounts/{id}", id).param("roles", "REVIEWER")
                .param("email", "same@example.com")).getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertSignedIn(s.first());
        assertSignedIn(s.second());
    }

    @Test
    void aPasswordResetByAnAdministratorEndsEverySessionOfTheAccount() throws Exception {
        long id = accounts.create(new NewAccount("s-reset", "重置", PASSWORD, Set.of(Role.FINANCE), null, false));
        Sessions s = twoSessions("s-reset", PASSWORD);
        assertThat(asAdministrator(post("/admin/accounts/{id}/password", id)).getStatus()).isEqualTo(200);
        assertSignedOut(s.first());
        assertSignedOut(s.second());
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndSignsThisOneOutToo() throws Exception {
        accounts.create(new NewAccount("s-own", "自己改", PASSWORD, Set.of(Role.PROVIDER), null, false));
        Sessions s = twoSessions("s-own", PASSWORD);
        MockBrowser bystander = new MockBrowser(mvc);
        accounts.create(new NewAccount("s-bystander", "旁人", PASSWORD, Set.of(Role.PROVIDER), null, false));
        bystander.login("s-bystander", PASSWORD);

        assertThat(s.first().send(post("/account/password").param("current", PASSWORD).param("next", "Changed-2026x")
                .param("repeat", "Changed-2026x")).getRedirectedUrl()).isEqualTo("/login?changed");
        assertSignedOut(s.first());
        assertSignedOut(s.second());
        assertSignedIn(bystander);
    }

    /** Moves the sign-in of every session of the account back in time, as if it had been signed in that long. */
    private <S extends Session> void age(FindByIndexNameSessionRepository<S> repository, String username, Duration by) {
        for (S session : repository.findByPrincipalName(username).values()) {
            Instant signedIn = session.getAttribute(SessionLifetime.SIGNED_IN_AT);
            assertThat(signedIn).as("the session knows when it was signed in").isNotNull();
            session.setAttribute(SessionLifetime.SIGNED_IN_AT, signedIn.minus(by));
            repository.save(session);
        }
    }

    @Test
    void noSessionLivesLongerThanTheAbsoluteLifetimeHoweverActive() throws Exception {
        assertThat(lifetime).isEqualTo(Duration.ofHours(12));
        accounts.create(new NewAccount("s-long", "长会话", PASSWORD, Set.of(Role.PROVIDER), null, false));
        Sessions s = twoSessions("s-long", PASSWORD);
        age(sessions, "s-long", lifetime.minus(Duration.ofMinutes(1)));
        assertSignedIn(s.first());
        assertSignedIn(s.second());
        age(sessions, "s-long", Duration.ofMinutes(2));
        assertSignedOut(s.first());
        assertSignedOut(s.second());
        MockBrowser again = new MockBrowser(mvc);
        again.login("s-long", PASSWORD);
        assertSignedIn(again);
    }

    @Test
    void theLifetimeIsRealTimeNotTheApplicationClockThatDemosMoveByDays() throws Exception {
        accounts.create(new NewAccount("s-days", "演示", PASSWORD, Set.of(Role.PROVIDER), null, false));
        Sessions s = twoSessions("s-days", PASSWORD);
        clock.advance(Duration.ofDays(10));
        assertSignedIn(s.first());
    }
}
