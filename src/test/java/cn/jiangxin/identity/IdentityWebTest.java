package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Redirects;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JiangxinTest
@MovableClock
class IdentityWebTest {

    private static final String PASSWORD = "Secret12345";

    @Autowired MockMvc mvc;
    @Autowired Units units;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private RequestPostProcessor as(Role role) {
        String username = "u-" + role.name().toLowerCase().replace('_', '-');
        if (!accounts.exists(username)) {
            Long unit = role == Role.UNIT_OFFICER ? aUnit() : null;
            accounts.create(new NewAccount(username, "测试" + role, PASSWORD, Set.of(role), unit, false));
        }
        return user(details.loadUserByUsername(username));
    }

    /** A new unit registered through the service (a valid credit code). */
    private long aUnit() {
        return TestUnits.register(units, TestAccounts.ROOT, "测试单位", "EMPLOYER");
    }

    @Test
    void loginPageIsSimplifiedChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("User name")));
    }

    @Test
    void anonymousVisitorsOfStaffPagesAreSentToLogin() throws Exception {
        mvc.perform(get("/admin/accounts").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SYSTEM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlySystemAdministratorsManageAccounts(Role role) throws Exception {
        mvc.perform(get("/admin/accounts").with(as(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(as(role)).with(csrf()).param("username", "x1234"))
                .andExpect(status().isForbidden());
        assertThat(accounts.exists("x1234")).isFalse();
    }

    @Test
    void administratorCreatesAnAccountWhoseFirstLoginForcesAPasswordChange() throws Exception {
        mvc.perform(get("/admin/accounts").with(as(Role.SYSTEM_ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts").with(as(Role.SYSTEM_ADMIN)).with(csrf())
                        .param("username", "wang.li").param("displayName", "王丽")
                        .param("password", "Initial12345").param("roles", "REVIEWER"))
                .andExpect(redirectedUrl("/admin/accounts"));

        var login = mvc.perform(formLogin().user("wang.li").password("Initial12345")).andExpect(authenticated()).andReturn();
        var session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("Spring Session JDBC cookie").isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jx-crumbs"))));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "Initial12345").param("next", "Brand-new-42").param("repeat", "Different-42"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("两次输入的新密码不一致")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "Initial12345").param("next", "Brand-new-42").param("repeat", "Brand-new-42"))
                .andExpect(redirectedUrl("/login?changed"));

        mvc.perform(formLogin().user("wang.li").password("Initial12345")).andExpect(unauthenticated());
        mvc.perform(formLogin().user("wang.li").password("Brand-new-42")).andExpect(authenticated());
    }

    @Test
    void invalidAccountsAreRefusedWithTheReasonNextToTheFieldAndNothingSaved() throws Exception {
        var noUnit = mvc.perform(post("/admin/accounts").with(as(Role.SYSTEM_ADMIN)).with(csrf())
                        .header("Referer", "http://localhost/admin/accounts")
                        .param("username", "officer9").param("displayName", "单位经办人")
                        .param("password", "Initial12345").param("roles", "UNIT_OFFICER"))
                .andExpect(status().isSeeOther()).andReturn();
        var form = org.jsoup.Jsoup.parse(Redirects.follow(mvc, noUnit, as(Role.SYSTEM_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#refusal-message").text()).isEqualTo("单位经办人必须指定所属单位");
        assertThat(form.select("input[name=username]").val()).as("typed input comes back").isEqualTo("officer9");
        assertThat(form.select("input[name=password]").val()).as("never a password").isEmpty();
        assertThat(form.select(".invalid-feedback").text()).contains("单位经办人必须指定所属单位");
        mvc.perform(post("/admin/accounts").with(as(Role.SYSTEM_ADMIN)).with(csrf())
                        .param("username", "weak1").param("displayName", "弱密码")
                        .param("password", "short").param("roles", "REVIEWER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码至少需要10个字符")));
        assertThat(accounts.exists("officer9")).isFalse();
        assertThat(accounts.exists("weak1")).isFalse();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithoutSayingSo() throws Exception {
        accounts.create(new NewAccount("locky", "锁定测试", PASSWORD, Set.of(Role.REVIEWER), null, false));
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(formLogin().user("locky").password("wrong-" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("locky").password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        clock.advance(LoginAttempts.LOCK_TIME.plus(Duration.ofSeconds(1)));
        mvc.perform(formLogin().user("locky").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void disabledAccountsCannotLogIn() throws Exception {
        long id = accounts.create(new NewAccount("gone", "已停用", PASSWORD, Set.of(Role.FINANCE), null, false));
        mvc.perform(post("/admin/accounts/{id}/enabled", id).param("enabled", "false")
                .with(as(Role.SYSTEM_ADMIN)).with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin().user("gone").password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void firstStartOutsideTheDemoCreatesAnAdministratorWithAOneTimePassword() {
        AccountSummary admin = accounts.list().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(jdbc.sql("SELECT must_change_password FROM account WHERE username = 'admin'").query(Boolean.class).single()).isTrue();
        assertThat(accounts.exists("reviewer")).as("no demo accounts outside the demo profile").isFalse();
    }

    @Test
    void administratorReassignsRolesAndUnitsButNeverRemovesTheLastAdministrator() throws Exception {
        long id = accounts.create(new NewAccount("mover", "调岗人员", PASSWORD, Set.of(Role.REVIEWER), null, false));
        long unit = aUnit();
        mvc.perform(get("/admin/accounts/{id}", id).with(as(Role.SYSTEM_ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/{id}", id).with(as(Role.SYSTEM_ADMIN)).with(csrf()).param("roles", "UNIT_OFFICER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("单位经办人必须指定所属单位")));
        mvc.perform(post("/admin/accounts/{id}", id).with(as(Role.SYSTEM_ADMIN)).with(csrf())
                        .param("roles", "UNIT_OFFICER", "TALENT").param("unitId", String.valueOf(unit)))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.find(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.UNIT_OFFICER, Role.TALENT);
        assertThat(accounts.find(id).orElseThrow().unitId()).isEqualTo(unit);

        mvc.perform(get("/admin/accounts/{id}", 999_999).with(as(Role.SYSTEM_ADMIN))).andExpect(status().isNotFound());

        for (AccountSummary a : accounts.list()) {
            if (a.roles().contains(Role.SYSTEM_ADMIN) && !a.username().equals("admin")) {
                accounts.setEnabled(a.id(), false);
            }
        }
        long admin = accounts.list().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setEnabled(admin, false))
                .hasMessageContaining("最后一个启用的系统管理员");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.assign(admin, Set.of(Role.REVIEWER), null))
                .hasMessageContaining("最后一个启用的系统管理员");
    }
}
