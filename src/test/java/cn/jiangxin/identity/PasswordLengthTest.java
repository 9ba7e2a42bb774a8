package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passwords longer than BCrypt's 72 bytes (issue 10, item 6) are refused with the limit in characters and bytes
 * wherever a password is set, instead of answering 500.
 */
@JiangxinTest
@MovableClock
@Import(CountingPasswordEncoder.Configuration.class)
@TestPropertySource(properties = "jiangxin.test.pool-size=10")
class PasswordLengthTest {

    private static final String ASCII_72 = "a1" + "x".repeat(70);
    private static final String CHINESE_72 = "a1b" + "长".repeat(23);
    private static final String TOO_LONG = "密码不能超过72个字节：英文字母、数字和符号每个占1个字节，汉字每个占3个字节（最多72个英文字符或24个汉字）";

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;

    private MockHttpServletResponse createAs(String username, String password) throws Exception {
        if (!accounts.exists("len-admin")) {
            accounts.create(new NewAccount("len-admin", "管理员", "Admin-2026x", Set.of(Role.SYSTEM_ADMIN), null, false));
        }
        return mvc.perform(post("/admin/accounts").with(user(details.loadUserByUsername("len-admin"))).with(csrf())
                .param("username", username).param("displayName", "长度测试").param("password", password)
                .param("roles", "REVIEWER")).andReturn().getResponse();
    }

    @Test
    void theSeventyThirdByteIsRefusedWhenAnAccountIsCreatedInAsciiAndInChinese() throws Exception {
        assertThat(ASCII_72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(CHINESE_72.getBytes(StandardCharsets.UTF_8)).hasSize(72);

        assertThat(createAs("len-ascii-72", ASCII_72).getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(createAs("len-chinese-72", CHINESE_72).getRedirectedUrl()).isEqualTo("/admin/accounts");

        for (String tooLong : new String[] {ASCII_72 + "y", CHINESE_72 + "y", "a1" + "长".repeat(42)}) {
            MockHttpServletResponse refused = createAs("len-too-long", tooLong);
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains(TOO_LONG);
        }
        assertThat(accounts.exists("len-too-long")).isFalse();
    }

    @Test
    void changingToOrFromAnOverLongPasswordIsRefusedWithAReason() throws Exception {
        accounts.create(new NewAccount("len-change", "改密码", "Start-2026x", Set.of(Role.REVIEWER), null, false));
        MockBrowser browser = new MockBrowser(mvc);
        assertThat(browser.login("len-change", "Start-2026x").getRedirectedUrl()).isEqualTo("/");

        MockHttpServletResponse tooLong = browser.send(post("/account/password").param("current", "Start-2026x")
                .param("next", CHINESE_72 + "y").param("repeat", CHINESE_72 + "y"));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains(TOO_LONG);

        MockHttpServletResponse wrongCurrent = browser.send(post("/account/password").param("current", ASCII_72 + "y")
                .param("next", "Next-2026xy").param("repeat", "Next-2026xy"));
        assertThat(wrongCurrent.getStatus()).isEqualTo(422);
        assertThat(wrongCurrent.getContentAsString()).contains("当前密码不正确");

        assertThat(browser.send(post("/account/password").param("current", "Start-2026x").param("next", CHINESE_72)
                .param("repeat", CHINESE_72)).getRedirectedUrl()).isEqualTo("/login?changed");
        assertThat(new MockBrowser(mvc).login("len-change", CHINESE_72).getRedirectedUrl()).isEqualTo("/");
    }
}
