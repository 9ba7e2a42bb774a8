package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pages name the user behind a user name by the person's name, with the user name in brackets. */
@JiangxinTest
class AccountNamesTest {

    @Autowired AccountNames names;
    @Autowired AccountRegistry accounts;
    @Autowired Staff staff;
    @Autowired MockMvc mvc;

    @Test
    void anAccountIsNamedByItsPersonAndAnythingElseAsItIs() {
        accounts.create(new NewAccount("names-cj", "陈静", "Names-2026x", Set.of(Role.FINANCE), null, false));
        assertThat(names.of("names-cj")).isEqualTo("陈静 (names-cj)");
        assertThat(names.of("system")).isEqualTo("system");
        assertThat(names.of("")).isEmpty();
        assertThat(names.of(null)).isEmpty();
    }

    @Test
    void theApiTokenListNamesWhoIssuedEachToken() throws Exception {
        mvc.perform(post("/admin/api-tokens").param("name", "names-client").with(csrf()).with(staff.as(Staff.ADMIN)));
        String page = mvc.perform(get("/admin/api-tokens").with(staff.as(Staff.ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(names.of(Staff.ADMIN)).contains("(" + Staff.ADMIN + ")");
    }
}
