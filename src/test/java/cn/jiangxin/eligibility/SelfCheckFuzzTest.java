package cn.jiangxin.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jiangxin.testsupport.JiangxinTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Whatever a visitor sends to the self-check page (any field names, list indexes and values, any language in the
 * {@code lang} parameter or the {@code jx-lang} cookie), the page and the home page answer without a server error.
 * The input is lines of {@code name=value}; the name {@code cookie} sets the language cookie. Without JAZZER_FUZZ=1
 * this replays the seeds in SelfCheckFuzzTestInputs (the inputs of issue 10); with it, it fuzzes.
 */
@JiangxinTest
class SelfCheckFuzzTest {

    @Autowired
    MockMvc mvc;

    @FuzzTest(maxDuration = "60s")
    void selfCheckNeverAnswers500(FuzzedDataProvider data) throws Exception {
        String input = data.consumeRemainingAsString();
        MockHttpServletRequestBuilder form = post("/self-check").with(csrf()).accept(MediaType.TEXT_HTML);
        MockHttpServletRequestBuilder home = get("/").accept(MediaType.TEXT_HTML);
        for (String line : input.split("\n")) {
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            if (name.equals("cookie")) {
                form.cookie(new Cookie("jx-lang", value));
                home.cookie(new Cookie("jx-lang", value));
            } else if (!name.isEmpty()) {
                form.param(name, value);
                if (name.equals("lang")) {
                    home.param(name, value);
                }
            }
        }
        assertThat(mvc.perform(form).andReturn().getResponse().getStatus()).as(input).isLessThan(500);
        assertThat(mvc.perform(home).andReturn().getResponse().getStatus()).as(input).isLessThan(500);
    }
}
