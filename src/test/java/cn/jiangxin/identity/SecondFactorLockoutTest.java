package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The second factor's limit is the account's, kept in the database (issue 10, item 2): wrong codes count across
 * sessions and password logins, a burst of parallel codes in one session gets no more checked than the limit, a
 * locked account's right code is refused, and a used code never works twice.
 */
@JiangxinTest
@MovableClock
@Import(CountingPasswordEncoder.Configuration.class)
@TestPropertySource(properties = "jiangxin.test.pool-size=10")
class SecondFactorLockoutTest {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorLockoutTest.class);
    private static final String PASSWORD = "Secret12345";
    private static final int BURST = 24;

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired SecondFactor secondFactor;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    /** Opens an account with an enrolled authenticator; answers its secret. Codes of the current step are used. */
    private byte[] enrolled(String username) {
        accounts.create(new NewAccount(username, "审核员", PASSWORD, Set.of(Role.APPROVER), null, false));
        byte[] secret = Base32.decode(secondFactor.start(username).secret());
        secondFactor.confirm(username, code(secret));
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return secret;
    }

    private String code(byte[] secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** A wrong code: any six digits but the right one of this step or the steps beside it. */
    private String wrong(byte[] secret, int n) {
        long step = Totp.step(clock.instant());
        String candidate = String.format("%06d", n);
        for (long s = step - 1; s <= step + 1; s++) {
            if (Totp.code(secret, s).equals(candidate)) {
                return wrong(secret, n + 500_000);
            }
        }
        return candidate;
    }

    /** Codes of the account actually compared with its secret, as the audit log records each check. */
    private long codesChecked(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'SECOND_FACTOR' AND object_id = ?
                AND outcome IN ('SUCCESS', 'FAILED')""").param(username).query(Long.class).single();
    }

    private MockBrowser awaitingCode(String username) throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        assertThat(browser.login(username, PASSWORD).getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.send(get("/")).getRedirectedUrl()).isEqualTo("/login/second-factor");
        return browser;
    }

    private MockHttpServletResponse enter(MockBrowser browser, String code) throws Exception {
        return browser.send(post("/login/second-factor").param("code", code));
    }

    @Test
    void parallelWrongCodesInOneSessionGetAtMostFiveCheckedThenTheRightCodeIsRefused() throws Exception {
        byte[] secret = enrolled("mfa.burst");
        MockBrowser other = awaitingCode("mfa.burst");
        MockBrowser attacker = awaitingCode("mfa.burst");
        long before = codesChecked("mfa.burst");

        List<MockHttpServletResponse> answers = Parallel.run(BURST, i -> () -> enter(attacker, wrong(secret, i)));

        long checked = codesChecked("mfa.burst") - before;
        log.info("MEASURED item 2: {} of {} parallel wrong codes in one session were checked", checked, BURST);
        assertThat(checked).isBetween(1L, (long) LoginAttempts.MAX_FAILURES);
        assertThat(answers).extracting(MockHttpServletResponse::getStatus)
                .as("the code form again, or the end of the sign-in; never an error")
                .allSatisfy(status -> assertThat(status).isIn(200, 302));

        MockHttpServletResponse refused = enter(other, code(secret));
        assertThat(refused.getRedirectedUrl()).as("the right code, while locked").isEqualTo("/login?error");
        assertThat(codesChecked("mfa.burst") - before).as("and not even checked").isEqualTo(checked);
        assertThat(other.send(get("/account/profile")).getRedirectedUrl()).endsWith("/login");
        assertThat(new MockBrowser(mvc).login("mfa.burst", PASSWORD).getRedirectedUrl())
                .as("the password alone does not get past the lock either").isEqualTo("/login?error");

        clock.advance(LoginAttempts.LOCK_TIME.plus(Duration.ofSeconds(1)));
        MockBrowser later = awaitingCode("mfa.burst");
        assertThat(enter(later, code(secret)).getRedirectedUrl()).isEqualTo("/");
        assertThat(later.send(get("/account/profile")).getStatus()).isEqualTo(200);
    }

    @Test
    void wrongCodesAddUpAcrossPasswordLoginsUntilTheAccountIsLocked() throws Exception {
        byte[] secret = enrolled("mfa.spread");
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            MockBrowser browser = awaitingCode("mfa.spread");
            assertThat(enter(browser, wrong(secret, i)).getContentAsString()).contains("验证码不正确");
        }
        MockBrowser last = awaitingCode("mfa.spread");
        assertThat(enter(last, wrong(secret, 7)).getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(new MockBrowser(mvc).login("mfa.spread", PASSWORD).getRedirectedUrl())
                .as("five wrong codes over five logins lock the account").isEqualTo("/login?error");
    }

    @Test
    void theRightCodeStartsTheCountAfresh() throws Exception {
        byte[] secret = enrolled("mfa.reset");
        for (int round = 0; round < 2; round++) {
            MockBrowser browser = awaitingCode("mfa.reset");
            for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
                assertThat(enter(browser, wrong(secret, i)).getStatus()).isEqualTo(200);
            }
            assertThat(enter(browser, code(secret)).getRedirectedUrl()).isEqualTo("/");
            clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        }
    }

    @Test
    void aUsedCodeWorksOnceEvenWhenTwoSessionsSendItAtTheSameTime() throws Exception {
        byte[] secret = enrolled("mfa.replay");
        List<MockBrowser> browsers = List.of(awaitingCode("mfa.replay"), awaitingCode("mfa.replay"),
                awaitingCode("mfa.replay"), awaitingCode("mfa.replay"));
        String code = code(secret);

        List<MockHttpServletResponse> answers = Parallel.run(browsers.size(), i -> () -> enter(browsers.get(i), code));

        assertThat(answers.stream().filter(a -> "/".equals(a.getRedirectedUrl()))).hasSize(1);
        assertThat(answers.stream().filter(a -> a.getStatus() == 200))
                .allSatisfy(a -> assertThat(a.getContentAsString()).contains("已使用过"))
                .hasSize(browsers.size() - 1);
        MockBrowser later = awaitingCode("mfa.replay");
        assertThat(enter(later, code).getContentAsString()).as("later, within the same 30 seconds").contains("已使用过");
    }
}
