package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
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
 * SEC-3 lockout under concurrency (issue 10, item 1): an attempt is counted before its password is compared, so a
 * burst of parallel logins gets no more passwords checked than the limit, and locked, wrong, disabled and unknown
 * accounts all get the same answer after the same work (one password hash each).
 */
@JiangxinTest
@MovableClock
@Import(CountingPasswordEncoder.Configuration.class)
@TestPropertySource(properties = "jiangxin.test.pool-size=10")
class LoginLockoutTest {

    private static final Logger log = LoggerFactory.getLogger(LoginLockoutTest.class);
    private static final String PASSWORD = "Secret12345";
    private static final int BURST = 40;

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired CountingPasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void resetCounts() {
        encoder.reset();
    }

    private String hashOf(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(username).query(String.class)
                .single();
    }

    private MockHttpServletResponse login(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password)).andReturn().getResponse();
    }

    @Test
    void fortyParallelWrongPasswordsGetAtMostFiveCheckedAndThenEvenTheRightOneIsRefused() throws Exception {
        accounts.create(new NewAccount("burst", "并发测试", PASSWORD, Set.of(Role.REVIEWER), null, false));
        String hash = hashOf("burst");

        List<MockHttpServletResponse> answers = Parallel.run(BURST, i -> () -> login("burst", "Wrong-pass-" + i));

        int checked = encoder.checksAgainst(hash);
        log.info("MEASURED item 1: {} of {} parallel wrong passwords were compared with the account's hash", checked,
                BURST);
        assertThat(answers).extracting(MockHttpServletResponse::getRedirectedUrl).containsOnly("/login?error");
        assertThat(checked).isBetween(1, LoginAttempts.MAX_FAILURES);

        assertThat(login("burst", PASSWORD).getRedirectedUrl()).as("locked: the right password is refused")
                .isEqualTo("/login?error");
        assertThat(encoder.checksAgainst(hash)).as("nor compared").isEqualTo(checked);

        clock.advance(LoginAttempts.LOCK_TIME.plus(Duration.ofSeconds(1)));
        assertThat(login("burst", PASSWORD).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aSuccessStartsTheCountAfreshButFailuresSpreadOverLoginsAddUp() throws Exception {
        accounts.create(new NewAccount("spread", "分次测试", PASSWORD, Set.of(Role.REVIEWER), null, false));
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            assertThat(login("spread", "Wrong-pass-" + i).getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(login("spread", PASSWORD).getRedirectedUrl()).isEqualTo("/");
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            assertThat(login("spread", "Wrong-pass-" + i).getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(login("spread", PASSWORD).getRedirectedUrl()).as("4 + 4 failures with a success between")
                .isEqualTo("/");
    }

    @Test
    void lockedWrongDisabledAndUnknownAccountsGetTheSameAnswerAfterOnePasswordHashEach() throws Exception {
        accounts.create(new NewAccount("same-wrong", "密码错误", PASSWORD, Set.of(Role.FINANCE), null, false));
        accounts.create(new NewAccount("same-locked", "已锁定", PASSWORD, Set.of(Role.FINANCE), null, false));
        long disabled = accounts.create(new NewAccount("same-off", "已停用", PASSWORD, Set.of(Role.FINANCE), null, false));
        accounts.setEnabled(disabled, false);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            login("same-locked", "Wrong-pass-" + i);
        }

        record Attempt(String username, String password, boolean passwordChecked) {
        }
        for (Attempt attempt : List.of(new Attempt("same-wrong", "Wrong-pass-x", true),
                new Attempt("same-locked", PASSWORD, false), new Attempt("same-off", PASSWORD, false),
                new Attempt("nobody-by-this-name", PASSWORD, false))) {
            encoder.reset();
            MockHttpServletResponse answer = login(attempt.username(), attempt.password());
            assertThat(answer.getStatus()).as(attempt.username()).isEqualTo(302);
            assertThat(answer.getRedirectedUrl()).as(attempt.username()).isEqualTo("/login?error");
            assertThat(answer.getContentAsString()).as(attempt.username()).isEmpty();
            assertThat(encoder.allChecks()).as("one password hash for " + attempt.username()).isEqualTo(1);
            if (!attempt.username().startsWith("nobody")) {
                assertThat(encoder.checksAgainst(hashOf(attempt.username())))
                        .as("password of " + attempt.username() + " compared").isEqualTo(attempt.passwordChecked() ? 1 : 0);
            }
        }
    }

    @Test
    void overLongPasswordsAreJustAFailedLoginAndNoPrefixOfThemLogsIn() throws Exception {
        String longest = "a1".repeat(36);
        accounts.create(new NewAccount("long-pw", "长密码", longest, Set.of(Role.REVIEWER), null, false));
        for (String password : List.of(longest + "b", "x9".repeat(64), "密码".repeat(12) + "a1",
                PASSWORD + "长".repeat(40))) {
            assertThat(login("long-pw", password).getRedirectedUrl()).as(password.length() + " characters")
                    .isEqualTo("/login?error");
            assertThat(login("nobody-long", password).getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(login("long-pw", longest).getRedirectedUrl()).as("4 failures so far").isEqualTo("/");
    }
}
