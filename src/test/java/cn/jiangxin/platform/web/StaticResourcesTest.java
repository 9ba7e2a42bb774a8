package cn.jiangxin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every stylesheet and script the layout links is served, the webjars at their version-free addresses. */
@JiangxinTest
class StaticResourcesTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

    @Autowired MockMvc mvc;

    @Test
    void theLayoutsStylesheetsAndScriptsAreServed() throws Exception {
        String page = mvc.perform(get("/self-check")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = ASSET.matcher(page);
        int served = 0;
        while (m.find()) {
            mvc.perform(get(m.group(1))).andExpect(status().isOk());
            served++;
        }
        assertThat(served).isGreaterThanOrEqualTo(5);
        mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }
}
