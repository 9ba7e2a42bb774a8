package cn.jiangxin.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Follows a redirect as a browser would: the same session (Spring Session keeps it, and the flash attributes, in the
 * database, so MockMvc's own flashAttrs do not reach the page) and no fragment.
 */
public final class Redirects {

    private Redirects() {
    }

    public static ResultActions follow(MockMvc mvc, MvcResult redirect, RequestPostProcessor... as) throws Exception {
        String location = redirect.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("not a redirect: " + redirect.getResponse().getStatus());
        }
        int fragment = location.indexOf('#');
        var request = get(fragment < 0 ? location : location.substring(0, fragment)).accept(MediaType.TEXT_HTML);
        Cookie[] cookies = redirect.getResponse().getCookies();
        if (cookies.length > 0) {
            request.cookie(cookies);
        } else if (redirect.getRequest().getCookies() != null) {
            request.cookie(redirect.getRequest().getCookies());
        }
        Arrays.stream(as).forEach(request::with);
        return mvc.perform(request);
    }
}
