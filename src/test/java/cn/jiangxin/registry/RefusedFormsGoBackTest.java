package cn.jiangxin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.web.Refusal;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Redirects;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * platform.PageRefusals, the one answer of every page to a broken rule, seen through the unit form: the refusal goes
 * back to the page it came from with the message and what was typed (never secrets or one-use keys), nothing is saved,
 * and it never redirects off the site.
 */
@JiangxinTest
class RefusedFormsGoBackTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Units units;
    @Autowired People people;
    @Autowired AccountRegistry accounts;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void load() {
        RegistryFixture.load(units, people, accounts);
    }

    @Test
    void aRefusedFormGoesBackToItsPageWithTheMessageAndWhatWasTyped() throws Exception {
        long before = count();
        MvcResult refused = mvc.perform(duplicate().header("Referer", "http://localhost/units/new?from=list"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/units/new?from=list#refusal"))
                .andReturn();
        assertThat(count()).isEqualTo(before);

        Refusal refusal = (Refusal) refused.getFlashMap().get("refusal");
        assertThat(refusal.message()).contains("91110105MA01C2D3XK").contains("已被另一个单位登记");
        assertThat(refusal.field()).isEqualTo("creditCode");
        assertThat(refusal.value("name")).isEqualTo("另一家精工有限公司");
        assertThat(refusal.typed()).doesNotContainKeys("_csrf", "requestKey", "adminPassword");

        Redirects.follow(mvc, refused, user(users.loadUserByUsername("t-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"refusal\""),
                        containsString("value=\"另一家精工有限公司\""),
                        containsString("value=\"北京市朝阳区某路2号\""),
                        containsString("is-invalid"))));
    }

    @Test
    void withoutAPageToGoBackToTheErrorPageSaysWhatWasWrong() throws Exception {
        mvc.perform(duplicate())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已被另一个单位登记")));
    }

    @Test
    void aRefererOfAnotherSiteIsNotFollowed() throws Exception {
        mvc.perform(duplicate().header("Referer", "https://evil.example/units/new"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().doesNotExist("Location"));
        mvc.perform(duplicate().header("Referer", "//evil.example/x"))
                .andExpect(status().isUnprocessableEntity());
    }

    /** A form shown again after its own validation sits at the address it was posted to; it names its page itself. */
    @Test
    void aFormThatNamesItsOwnPageGoesBackThereEvenAfterBeingShownAgain() throws Exception {
        mvc.perform(duplicate().param("_page", "/units/new").header("Referer", "http://localhost/units"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/units/new#refusal"));
        for (String offSite : new String[] {"//evil.example/units/new", "https://evil.example/", "/x\r\nSet-Cookie: a=b"}) {
            mvc.perform(duplicate().param("_page", offSite))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(header().doesNotExist("Location"));
        }
    }

    @Test
    void htmxIsToldWhereToGoInsteadOfBeingRedirected() throws Exception {
        mvc.perform(duplicate().header("Referer", "http://localhost/units/new").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/units/new"))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theApiStillAnswersProblemJson() throws Exception {
        mvc.perform(as(post("/api/v1/units")).contentType(MediaType.APPLICATION_JSON)
                        .header("Referer", "http://localhost/units/new")
                        .content("""
                                {"name":"另一家精工有限公司","kind":"EMPLOYER","creditCode":"91110105MA01C2D3XK",
                                 "districtCode":"110105","address":"北京市朝阳区","contactName":"赵六",
                                 "contactPhone":"13800138000"}"""))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("creditCode"));
    }

    private MockHttpServletRequestBuilder duplicate() {
        return as(post("/units")).param("name", "另一家精工有限公司").param("kind", "EMPLOYER")
                .param("creditCode", RegistryFixture.CODE_A).param("districtCode", "110105")
                .param("address", "北京市朝阳区某路2号").param("contactName", "赵六")
                .param("contactPhone", "13800138000").param("requestKey", "k-1")
                .param("adminPassword", "never-carried");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("t-admin"))).with(csrf())
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM unit").query(Long.class).single();
    }
}
