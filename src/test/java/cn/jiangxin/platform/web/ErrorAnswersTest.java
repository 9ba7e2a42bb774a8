package cn.jiangxin.platform.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.testsupport.JiangxinTest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The error dispatch itself, as the servlet container calls it: which statuses have a page, what the page and the
 * problem+json say, and that neither shows the exception behind the error.
 */
@JiangxinTest
class ErrorAnswersTest {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder dispatched(int status, String path) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"))
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret internals");
    }

    @Test
    void aFailureIsTheChinese500PageWithoutTheException() throws Exception {
        mvc.perform(dispatched(500, "/nominations").accept(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("系统出错了"), containsString("返回首页"),
                        not(containsString("secret")), not(containsString("IllegalStateException")))));
    }

    @Test
    void theTooLargePageStatesTheLimits() throws Exception {
        mvc.perform(dispatched(413, "/consultations").accept(MediaType.TEXT_HTML))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().string(allOf(containsString("提交的内容太大"), containsString("4 MB"),
                        containsString("10 MB"))));
    }

    @Test
    void aTooLargeBodyStatesTheLimitsToJsonClientsToo() throws Exception {
        mvc.perform(dispatched(413, "/a b/{x}").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("4 MB"), containsString("10 MB"))))
                .andExpect(jsonPath("$.instance").value("/a%20b/%7Bx%7D"));
    }

    @Test
    void otherErrorsShowTheGeneralPage() throws Exception {
        mvc.perform(dispatched(409, "/nominations").accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("出错了"), not(containsString("secret")))));
    }

    @Test
    void jsonClientsAndTheApiGetProblemJsonInTheirLanguage() throws Exception {
        mvc.perform(dispatched(500, "/nominations").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.detail").value(containsString("系统出错")))
                .andExpect(content().string(not(containsString("secret"))));
        mvc.perform(dispatched(404, "/api/v1/nothing").accept(MediaType.TEXT_HTML).cookie(new Cookie("jx-lang", "en")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("What you asked for does not exist, or you may not see it."))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing"));
        mvc.perform(dispatched(404, "/x").header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(dispatched(404, "/x").header("Accept", "*/*"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(dispatched(404, "/x").header("Accept", "not a media type"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void theErrorAddressItselfIsNotAPage() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到")));
    }
}
