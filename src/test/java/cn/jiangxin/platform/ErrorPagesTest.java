package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import cn.jiangxin.testsupport.BrowserTest;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors as the servlet container really delivers them (MockMvc has no error dispatch): browsers get a Chinese page in
 * the site layout with a way home, the API and clients that ask for JSON get problem+json, an address that does not
 * exist is 404 for everybody, and a page that does exist still asks a visitor to log in.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    WebClient visitor;
    WebClient officer;
    WebClient finance;

    @BeforeAll
    void logIn() throws Exception {
        visitor = new WebClient(port);
        officer = new WebClient(port).login("officer", BrowserTestSupport.DEMO_PASSWORD);
        finance = new WebClient(port).login("finance", BrowserTestSupport.DEMO_PASSWORD);
    }

    /** The page is HTML in the site layout (navigation, main, footer), says {@code heading} and links home. */
    static Document sitePage(HttpResponse<String> answer, int status, String heading) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("nav.navbar a.navbar-brand[href=/]")).isNotEmpty();
        assertThat(page.select("main h1").text()).isEqualTo(heading);
        assertThat(page.select("main a[href=/]")).isNotEmpty();
        assertThat(page.select("footer")).isNotEmpty();
        assertThat(answer.body()).doesNotContain("Exception", "Whitelabel", "\"status\"");
        return page;
    }

    @Test
    void anUnknownAddressIsTheChinese404PageForUsersAndVisitorsAlike() throws Exception {
        sitePage(officer.get("/does-not-exist"), 404, "未找到");
        sitePage(visitor.get("/does-not-exist"), 404, "未找到");
        sitePage(visitor.get("/nominations/1/no-such-page"), 404, "未找到");
        sitePage(officer.get("/admin/no-such-page"), 404, "未找到");
    }

    @Test
    void aPageThatExistsStillSendsAVisitorToTheLoginPage() throws Exception {
        for (String page : new String[] {"/nominations", "/nominations/abc", "/nominations/1", "/admin/accounts"}) {
            HttpResponse<String> answer = visitor.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
    }

    @Test
    void aMalformedAddressIsTheChinese400Page() throws Exception {
        Document page = sitePage(officer.get("/nominations/abc"), 400, "请求有误");
        assertThat(page.select("main").text()).contains("地址");
    }

    @Test
    void aPageOfAnotherRoleIsTheChinese403Page() throws Exception {
        sitePage(officer.get("/admin/accounts"), 403, "无权访问");
    }

    @Test
    void aWrongMethodIsTheChinese405Page() throws Exception {
        sitePage(finance.get("/ledger/allocations/1/reverse"), 405, "不支持此操作");
    }

    @Test
    void englishWithLangEn() throws Exception {
        sitePage(officer.get("/does-not-exist?lang=en"), 404, "Not found");
        sitePage(officer.get("/nominations/abc?lang=en"), 400, "Bad request");
        officer.get("/?lang=zh_CN");
    }

    @Test
    void theApiAndClientsThatAskForJsonGetProblemJson() throws Exception {
        for (HttpResponse<String> answer : new HttpResponse[] {
                visitor.send(visitor.request("/api/v1/does-not-exist").header("Accept", "text/html")),
                officer.send(officer.request("/does-not-exist").header("Accept", "application/json")),
                officer.send(officer.request("/nominations/abc").header("Accept", "application/json"))}) {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isIn(400, 404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.uri().toString())
                    .startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"status\":" + answer.statusCode(), "\"title\"", "\"detail\"")
                    .doesNotContain("Exception", "<html");
        }
    }
}
