package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.jiangxin.testsupport.AnnouncedBody;
import cn.jiangxin.testsupport.BrowserTest;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages refuse a form post that is too large (over {@code server.tomcat.max-http-form-post-size}, 4 MB, or over the
 * multipart limits) with the Chinese 413 page that states the limits, not with a server error or a misleading
 * "not allowed"; an upload to a case keeps going back to its form. Over real connections: the servlet container
 * enforces these limits.
 */
@BrowserTest
class FormPostLimitsTest {

    static final String HTML = "Accept: text/html\r\n";
    static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    static void tooLargePage(AnnouncedBody.Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.hasHeader("Content-Type", "text/html")).isTrue();
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("main h1").text()).isEqualTo("提交的内容太大");
        assertThat(page.select("main").text()).contains("4 MB", "10 MB");
        assertThat(page.select("main a[href=/]")).isNotEmpty();
    }

    @Test
    void aFormPostOverTheLimitIsThe413Page() throws Exception {
        tooLargePage(AnnouncedBody.post(port, "/login", FORM, 5L * 1024 * 1024, HTML));
        tooLargePage(AnnouncedBody.post(port, "/public/consultations/1/comments", FORM, 300L * 1024 * 1024, HTML));
    }

    @Test
    void aMultipartPostOverTheLimitIsThe413Page() throws Exception {
        tooLargePage(AnnouncedBody.post(port, "/people", "multipart/form-data; boundary=x", 20L * 1024 * 1024, HTML));
    }

    @Test
    void aChunkedFormPostIsCountedAsItStreams() throws Exception {
        WebClient officer = new WebClient(port).login("officer", BrowserTestSupport.DEMO_PASSWORD);
        byte[] body = ("q=" + "x".repeat(4 * 1024 * 1024 + 10)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> answer = officer.send(officer.request("/people").header("Accept", "text/html")
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(answer.body()).select("main h1").text()).isEqualTo("提交的内容太大");
    }

    @Test
    void aFormPostUnderTheLimitIsRead() throws Exception {
        WebClient officer = new WebClient(port).login("officer", BrowserTestSupport.DEMO_PASSWORD);
        officer.get("/people/new");
        HttpResponse<String> answer = officer.post("/people", java.util.Map.of("name", "x".repeat(3 * 1024 * 1024)));
        assertThat(answer.statusCode()).isIn(200, 422);
        assertThat(answer.body()).contains("姓名");
    }
}
