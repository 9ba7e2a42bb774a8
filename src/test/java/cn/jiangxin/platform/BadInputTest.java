package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Inputs from issue 10 that answered 500: a language that is not one (parameter or cookie) and form list indexes out
 * of range. Pages fall back to Chinese; a form with an index out of range is refused with the 400 page and binds
 * nothing.
 */
@JiangxinTest
class BadInputTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    private static Document chinesePage(MockHttpServletResponse answer) throws Exception {
        assertThat(answer.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(answer.getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("nav").text()).contains("自助测评");
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"x!", "xx", "", "zh_", "__", "en_US_x!", "%", "de", "ja-JP"})
    void aLanguageThatIsNotChineseOrEnglishShowsChinese(String lang) throws Exception {
        for (String page : new String[] {"/", "/login", "/self-check", "/public/notices"}) {
            chinesePage(send(get(page).param("lang", lang)));
            chinesePage(send(get(page).cookie(new Cookie("jx-lang", lang))));
        }
        chinesePage(send(get("/nominations").with(staff.as(Staff.OFFICER)).param("lang", lang)));
        chinesePage(send(get("/nominations").with(staff.as(Staff.OFFICER))
                .cookie(new Cookie("jx-lang", lang))));
    }

    @Test
    void englishStaysEnglishAndABadLanguageIsNotRemembered() throws Exception {
        MockHttpServletResponse english = send(get("/").param("lang", "en"));
        assertThat(Jsoup.parse(english.getContentAsString()).select("html").attr("lang")).isEqualTo("en");
        assertThat(english.getCookie("jx-lang").getValue()).isEqualTo("en");
        MockHttpServletResponse other = send(get("/").param("lang", "de").cookie(english.getCookie("jx-lang")));
        chinesePage(other);
        assertThat(other.getCookie("jx-lang").getValue()).isEqualTo("zh-CN");
    }

    private void refused(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse answer = send(request.with(csrf()));
        assertThat(answer.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(answer.getContentAsString());
        assertThat(page.select("main h1").text()).isEqualTo("请求有误");
        assertThat(page.select("main").text()).contains("表单中有无效的字段", "没有保存任何内容");
        assertThat(page.select("nav")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"achievements[256].type", "achievements[-1].type", "achievements[64].type",
        "achievements[99999999999].type", "achievements[x].type", "achievements[0].type[0]", "idNumber[0]"})
    void aSelfCheckWithAnIndexOutOfRangeIsRefused(String field) throws Exception {
        refused(post("/self-check").param(field, "HONOR"));
    }

    @Test
    void aSelfCheckWithinTheCapStillWorks() throws Exception {
        chinesePage(send(post("/self-check").with(csrf()).param("achievements[63].type", "HONOR")
                .param("action", "add")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"achievements[256].type", "achievements[-1].type", "achievements[1000000].date"})
    void aCaseFormWithAnIndexOutOfRangeIsRefused(String field) throws Exception {
        var officer = staff.as(Staff.OFFICER);
        refused(post("/nominations/1").with(officer).param(field, "HONOR"));
        refused(post("/nominations/1/eligibility").with(officer).param(field, "HONOR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docTitles[300]", "docTexts[-1]", "docTitles[64]"})
    void aConsultationWithAnIndexOutOfRangeIsRefused(String field) throws Exception {
        refused(post("/consultations").with(staff.as(Staff.POLICY)).param(field, "附件"));
    }
}
