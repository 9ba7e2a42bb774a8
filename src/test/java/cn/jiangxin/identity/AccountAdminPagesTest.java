package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Set;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The account list tells locked, disabled and must-change accounts apart, and administrators unlock accounts and
 * reset passwords from it (issue 10, item 13); the one-time password is shown once, on the answer to the POST only.
 */
@JiangxinTest
@MovableClock
class AccountAdminPagesTest {

    private static final String PASSWORD = "Secret12345";

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired SecondFactor secondFactor;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private MockBrowser administrator() throws Exception {
        if (!accounts.exists("pages-admin")) {
            accounts.create(new NewAccount("pages-admin", "管理员", "Admin-2026x", Set.of(Role.SYSTEM_ADMIN), null, false));
        }
        MockBrowser admin = new MockBrowser(mvc);
        assertThat(admin.login("pages-admin", "Admin-2026x").getRedirectedUrl()).isEqualTo("/");
        return admin;
    }

    private static Element row(MockBrowser admin, String username) throws Exception {
        Document page = Jsoup.parse(admin.send(get("/admin/accounts")).getContentAsString());
        return page.getElementById("account-" + username);
    }

    private static String state(MockBrowser admin, String username) throws Exception {
        return row(admin, username).selectFirst(".account-state").text();
    }

    private void lockByPasswords(String username) throws Exception {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            new MockBrowser(mvc).login(username, "Wrong-pass-" + i);
        }
    }

    private long auditLines(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?").params(action, objectId)
                .query(Long.class).single();
    }

    @Test
    void theListSaysWhichAccountsAreLockedUntilWhenDisabledOrMustChangeTheirPassword() throws Exception {
        MockBrowser admin = administrator();
        accounts.create(new NewAccount("st-active", "正常", PASSWORD, Set.of(Role.REVIEWER), null, false));
        accounts.create(new NewAccount("st-locked", "锁定", PASSWORD, Set.of(Role.REVIEWER), null, false));
        long off = accounts.create(new NewAccount("st-off", "停用", PASSWORD, Set.of(Role.REVIEWER), null, false));
        accounts.create(new NewAccount("st-new", "新账号", PASSWORD, Set.of(Role.REVIEWER), null, true));
        accounts.setEnabled(off, false);
        lockByPasswords("st-locked");
        String lockedUntil = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(clock.instant().plus(LoginAttempts.LOCK_TIME).atZone(BeijingTime.ZONE));

        assertThat(state(admin, "st-active")).isEqualTo("启用");
        assertThat(state(admin, "st-locked")).contains("锁定至 " + lockedUntil).contains("密码错误次数过多")
                .doesNotContain("启用");
        assertThat(state(admin, "st-off")).isEqualTo("已停用");
        assertThat(state(admin, "st-new")).contains("须修改密码");

        clock.advance(LoginAttempts.LOCK_TIME.plus(Duration.ofSeconds(1)));
        assertThat(state(admin, "st-locked")).as("a lock that has run out").isEqualTo("启用");
    }

    @Test
    void aLockForWrongSecondFactorCodesShowsToo() throws Exception {
        MockBrowser admin = administrator();
        accounts.create(new NewAccount("st-codes", "验证码", PASSWORD, Set.of(Role.APPROVER), null, false));
        byte[] secret = Base32.decode(secondFactor.start("st-codes").secret());
        secondFactor.confirm("st-codes", Totp.code(secret, Totp.step(clock.instant())));
        MockBrowser user = new MockBrowser(mvc);
        user.login("st-codes", PASSWORD);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            user.send(post("/login/second-factor").param("code", "00000" + i));
        }
        assertThat(state(admin, "st-codes")).contains("锁定至").contains("验证码错误次数过多");
    }

    @Test
    void anAdministratorUnlocksAnAccountAndTheUnlockIsAudited() throws Exception {
        MockBrowser admin = administrator();
        long id = accounts.create(new NewAccount("st-unlock", "解锁", PASSWORD, Set.of(Role.FINANCE), null, false));
        lockByPasswords("st-unlock");
        assertThat(new MockBrowser(mvc).login("st-unlock", PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(row(admin, "st-unlock").getElementById("unlock-" + id)).isNotNull();

        assertThat(admin.send(post("/admin/accounts/{id}/unlock", id)).getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(state(admin, "st-unlock")).isEqualTo("启用");
        assertThat(auditLines("ACCOUNT_UNLOCKED", String.valueOf(id))).isEqualTo(1);
        assertThat(new MockBrowser(mvc).login("st-unlock", PASSWORD).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aResetShowsTheOneTimePasswordOnceAndItMustBeChangedAtTheNextLogin() throws Exception {
        MockBrowser admin = administrator();
        long id = accounts.create(new NewAccount("st-reset", "重置", PASSWORD, Set.of(Role.POLICY_ADMIN), null, false));
        lockByPasswords("st-reset");

        MockHttpServletResponse answer = admin.send(post("/admin/accounts/{id}/password", id));
        assertThat(answer.getStatus()).as("shown on the answer itself, not after a redirect").isEqualTo(200);
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        Element issued = Jsoup.parse(answer.getContentAsString()).getElementById("issued-password");
        String password = issued.text();
        assertThat(PasswordPolicy.problem("st-reset", password)).isEmpty();
        assertThat(auditLines("PASSWORD_RESET", "st-reset")).isEqualTo(1);
        assertThat(answer.getContentAsString()).doesNotContain(PASSWORD);

        assertThat(admin.send(get("/admin/accounts")).getContentAsString()).as("shown once").doesNotContain(password);

        MockBrowser user = new MockBrowser(mvc);
        assertThat(user.login("st-reset", PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(user.login("st-reset", password).getRedirectedUrl()).as("the reset lifts the lock").isEqualTo("/");
        assertThat(user.send(get("/")).getRedirectedUrl()).isEqualTo("/account/password");
    }

    @Test
    void anAdministratorResetsOthersPasswordsNotTheirOwn() throws Exception {
        MockBrowser admin = administrator();
        long own = jdbc.sql("SELECT id FROM account WHERE username = 'pages-admin'").query(Long.class).single();
        MockHttpServletResponse refused = admin.submitFrom("/admin/accounts", post("/admin/accounts/{id}/password", own));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("请在“修改密码”页面修改自己的密码");
        assertThat(auditLines("PASSWORD_RESET", "pages-admin")).isZero();
    }
}
