package cn.jiangxin.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser against MockMvc: signs in through the real login form and keeps its session cookie across requests,
 * as Spring Session renews it, so that several browsers of one user hold several real sessions.
 */
final class MockBrowser {

    private final MockMvc mvc;
    private volatile Cookie session;

    MockBrowser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Signs in with a fresh session; the answer is the login form's redirect. */
    MockHttpServletResponse login(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(formLogin().user(username).password(password)).andReturn()
                .getResponse();
        session = response.getCookie("SESSION");
        return response;
    }

    /**
     * Submits a form of {@code page} as a browser does: with the page as its Referer, and following a refusal back to
     * that page, whose answer is returned (the page with the message and the form as typed).
     */
    MockHttpServletResponse submitFrom(String page, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse answer = send(request.header("Referer", "http://localhost" + page));
        String location = answer.getRedirectedUrl();
        if (location != null && location.endsWith("#refusal")) {
            return send(get(location.substring(0, location.length() - "#refusal".length())));
        }
        return answer;
    }

    /** Sends the request as a browser does: asking for HTML, with the session cookie and the form's CSRF token. */
    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        Cookie current = session;
        if (current != null) {
            request.cookie(current);
        }
        MockHttpServletResponse response = mvc.perform(request.accept(MediaType.TEXT_HTML).with(csrf())).andReturn()
                .getResponse();
        Cookie renewed = response.getCookie("SESSION");
        if (renewed != null) {
            session = renewed.getMaxAge() == 0 ? null : renewed;
        }
        return response;
    }
}
