package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The address notifications are mailed to: each user sets their own, administrators set anyone's. */
@JiangxinTest
class AccountEmailTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return staff.as(username);
    }

    String emailOf(String username) {
        return jdbc.sql("SELECT email FROM account WHERE username = ?").param(username)
                .query((rs, n) -> String.valueOf(rs.getString(1))).single();
    }

    @Test
    void everyUserSetsAndClearsTheirOwnAddressOnTheProfilePage() throws Exception {
        if (!accounts.exists("profile-user")) {
            accounts.create(new NewAccount("profile-user", "资料用户", "Profile-2026x", Set.of(Role.PROVIDER), null, false));
        }
        Document page = Jsoup.parse(mvc.perform(get("/account/profile").with(as("profile-user")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("profile-username").text()).isEqualTo("profile-user");

        mvc.perform(post("/account/profile").param("email", " wang@example.com ").with(csrf()).with(as("profile-user")))
                .andExpect(redirectedUrl("/account/profile"));
        assertThat(emailOf("profile-user")).isEqualTo("wang@example.com");

        var sent = mvc.perform(post("/account/profile").param("email", "wang@例子").header("Referer",
                "http://localhost/account/profile").with(csrf()).with(as("profile-user"))).andExpect(status().isSeeOther())
                .andReturn();
        Document refused = Jsoup.parse(cn.jiangxin.testsupport.Redirects.follow(mvc, sent, as("profile-user"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select(".invalid-feedback").text()).contains("请填写有效的电子邮箱地址");
        assertThat(refused.getElementById("email").val()).isEqualTo("wang@例子");
        assertThat(emailOf("profile-user")).isEqualTo("wang@example.com");

        mvc.perform(post("/account/profile").param("email", "").with(csrf()).with(as("profile-user")))
                .andExpect(redirectedUrl("/account/profile"));
        assertThat(emailOf("profile-user")).isEqualTo("null");
    }

    @Test
    void administratorsGiveAnAddressWhenOpeningOrEditingAnAccount() throws Exception {
        mvc.perform(post("/admin/accounts").param("username", "mail-bad").param("displayName", "坏邮箱")
                .param("password", "Mailbox-2026x").param("roles", "FINANCE").param("email", "not-an-address")
                .with(csrf()).with(as(Staff.ADMIN))).andExpect(status().isUnprocessableEntity());
        assertThat(accounts.exists("mail-bad")).as("nothing is opened with an invalid address").isFalse();

        mvc.perform(post("/admin/accounts").param("username", "mail-good").param("displayName", "好邮箱")
                .param("password", "Mailbox-2026x").param("roles", "FINANCE").param("email", "cw@rsj.example.cn")
                .with(csrf()).with(as(Staff.ADMIN))).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(emailOf("mail-good")).isEqualTo("cw@rsj.example.cn");

        long id = jdbc.sql("SELECT id FROM account WHERE username = 'mail-good'").query(Long.class).single();
        Document edit = Jsoup.parse(mvc.perform(get("/admin/accounts/" + id).with(as(Staff.ADMIN))).andReturn().getResponse()
                .getContentAsString());
        assertThat(edit.getElementById("email").val()).isEqualTo("cw@rsj.example.cn");
        mvc.perform(post("/admin/accounts/" + id).param("roles", "FINANCE").param("email", "cw2@rsj.example.cn")
                .with(csrf()).with(as(Staff.ADMIN))).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(emailOf("mail-good")).isEqualTo("cw2@rsj.example.cn");
    }
}
