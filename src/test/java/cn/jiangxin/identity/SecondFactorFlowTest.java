package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@JiangxinTest
@MovableClock
@TestPropertySource(properties = "jiangxin.test.staff-second-factor=true")
@DirtiesContext
class SecondFactorFlowTest {

    private static final String PASSWORD = "Secret12345";

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Value("${jiangxin.security.staff-second-factor}") boolean required;

    /** A browser: keeps the session cookie across requests, as Spring Session renews it. */
    private final class Browser {
        Cookie session;

        MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
            Cookie renewed = response.getCookie("SESSION");
            if (renewed != null) {
                session = renewed;
            }
            return response;
        }

        void login(String user) throws Exception {
            session = null;
            var result = mvc.perform(formLogin().user(user).password(PASSWORD)).andReturn().getResponse();
            session = result.getCookie("SESSION");
        }
    }

    private String code(String base32) {
        return Totp.code(Base32.decode(base32.replace(" ", "")), Totp.step(clock.instant()));
    }

    @Test
    void staffEnrolAtFirstLoginThenEnterAFreshCodeAtEveryLogin() throws Exception {
        assertThat(required).as("staff second factor switched on for this test").isTrue();
        accounts.create(new NewAccount("mfa.reviewer", "审核员", PASSWORD, Set.of(Role.REVIEWER), null, false));
        Browser b = new Browser();
        b.login("mfa.reviewer");
        assertThat(b.send(get("/")).getRedirectedUrl()).isEqualTo("/account/second-factor");
        assertThat(b.send(get("/units")).getRedirectedUrl()).isEqualTo("/account/second-factor");

        String page = b.send(get("/account/second-factor")).getContentAsString();
        assertThat(page).as("held here: no breadcrumbs to pages that lead back").doesNotContain("jx-crumbs");
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        assertThat(jdbc.sql("SELECT totp_pending_secret FROM account WHERE username = 'mfa.reviewer'")
                .query(String.class).single()).startsWith("k1:").doesNotContain(secret.replace(" ", ""));

        assertThat(b.send(post("/account/second-factor").param("code", "000000")).getContentAsString())
                .contains("验证码不正确");
        assertThat(b.send(post("/account/second-factor").param("code", code(secret))).getRedirectedUrl())
                .isEqualTo("/?secondFactor");
        assertThat(b.send(get("/")).getStatus()).isEqualTo(200);
        assertThat(b.send(get("/account/second-factor")).getContentAsString()).contains("jx-crumbs");

        b.login("mfa.reviewer");
        assertThat(b.send(get("/")).getRedirectedUrl()).isEqualTo("/login/second-factor");
        assertThat(b.send(post("/login/second-factor").param("code", code(secret))).getContentAsString())
                .as("the enrolment code cannot be replayed").contains("已使用过");
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertThat(b.send(post("/login/second-factor").param("code", code(secret))).getRedirectedUrl()).isEqualTo("/");
        assertThat(b.send(get("/")).getStatus()).isEqualTo(200);
    }

    @Test
    void fiveWrongCodesEndTheSession() throws Exception {
        accounts.create(new NewAccount("mfa.guess", "审核员", PASSWORD, Set.of(Role.APPROVER), null, false));
        Browser b = new Browser();
        b.login("mfa.guess");
        String page = b.send(get("/account/second-factor")).getContentAsString();
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        b.send(post("/account/second-factor").param("code", code(m.group(1))));

        b.login("mfa.guess");
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(b.send(post("/login/second-factor").param("code", "000000")).getStatus()).isEqualTo(200);
        }
        assertThat(b.send(post("/login/second-factor").param("code", "000000")).getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(b.send(get("/")).getStatus()).as("logged out: the home page is public").isEqualTo(200);
        assertThat(b.send(get("/admin/audit")).getStatus()).isIn(302, 401);
    }

    @Test
    void talentsAreNotForcedAndAnAdministratorResetMakesStaffEnrolAgain() throws Exception {
        accounts.create(new NewAccount("mfa.talent", "人才", PASSWORD, Set.of(Role.TALENT), null, false));
        Browser talent = new Browser();
        talent.login("mfa.talent");
        assertThat(talent.send(get("/")).getStatus()).isEqualTo(200);

        long id = accounts.create(new NewAccount("mfa.finance", "财务", PASSWORD, Set.of(Role.FINANCE), null, false));
        Browser b = new Browser();
        b.login("mfa.finance");
        String page = b.send(get("/account/second-factor")).getContentAsString();
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        b.send(post("/account/second-factor").param("code", code(m.group(1))));
        assertThat(jdbc.sql("SELECT totp_secret FROM account WHERE id = ?").param(id).query(String.class).single()).startsWith("k1:");

        new SecondFactorAdmin(mvc).reset(id);
        b.login("mfa.finance");
        assertThat(b.send(get("/")).getRedirectedUrl()).isEqualTo("/account/second-factor");
    }

    private record SecondFactorAdmin(MockMvc mvc) {
        void reset(long id) throws Exception {
            mvc.perform(post("/admin/accounts/{id}/second-factor/reset", id).with(csrf())
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .user("root").roles("SYSTEM_ADMIN")));
        }
    }
}
