package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.jiangxin.certification.Certifications;
import cn.jiangxin.consultation.Consultations;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.EveryState;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestConsultations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page below the top level has breadcrumbs with a way back to its parent (issue 12): as a visitor and as each
 * role, on a system with a case in each state ({@link EveryState}), the crawl starts at the home page and follows the
 * site's own links and GET forms breadth-first (one address per path pattern, no exports or downloads, no sign-out or
 * language switch). Top level are the home page, sign-in, the public entry pages, the targets of the role's
 * navigation bar (except the password and second-factor pages, which belong to the profile) and where those send the
 * user (a unit officer's 单位 is their own unit). Every other page must pass {@link Breadcrumbs#problems}, its way
 * back must open for the same user, and in English its crumbs must not be Chinese labels of the catalogue; on no page
 * may a "返回" link lead back to the page through a redirect. Pages that need data this context has not (a payment
 * batch, a unit's bank form, a policy draft, a feedback report, the venue's confirm step) are checked with
 * {@link Breadcrumbs} in their modules' page tests.
 */
@JiangxinTest
@MovableClock
class BreadcrumbsTest {

    private static final Set<String> ENTRIES = Set.of("/", "/login", "/login/second-factor", "/error", "/verify",
            "/self-check", "/public/notices", "/public/consultations");
    /** Entries of the account menu that are pages of the profile, below the top level. */
    private static final Set<String> BELOW_PROFILE = Set.of("/account/password", "/account/second-factor");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(xlsx|pdf|csv|ics|png|js|css)$|/files/|download|/export$|^/logout|^/api/|^/v3/|^/swagger|^/webjars/"
                    + "|^/css/|^/js/|^/img/");
    private static final int MAX_VISITS_PER_ROLE = 250;
    private static final String VISITOR = "visitor";

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired ApplicationContext context;
    @Autowired Consultations consultations;
    @Autowired Certifications certifications;

    private Map<NominationState, Long> cases;

    @BeforeEach
    void aCaseInEachState() {
        cases = EveryState.ensure(context);
    }

    @Test
    void everyPageBelowTheTopLevelHasBreadcrumbsBackToItsParent() throws Exception {
        TestConsultations.open(consultations, Staff.POLICY, LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 31));
        String certificate = "/verify/" + certifications.ofNomination(cases.get(NominationState.CERTIFIED))
                .orElseThrow().verificationCode();
        // who crawls, and the addresses no link of the first page of their pattern leads to
        Map<String, List<String>> crawlers = new LinkedHashMap<>();
        crawlers.put(VISITOR, List.of(certificate));
        crawlers.put(Staff.ADMIN, List.of("/admin/accounts/" + staff.venue().accountId()));
        crawlers.put(Staff.OFFICER, List.of("/nominations/" + cases.get(NominationState.DRAFT)));
        List.of(Staff.POLICY, Staff.REVIEWER, Staff.APPROVER, Staff.FINANCE, Staff.VENUE, EveryState.talent(staff))
                .forEach(user -> crawlers.put(user, List.of()));
        Set<String> chineseLabels = chineseCatalogue();
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Map.Entry<String, List<String>> crawler : crawlers.entrySet()) {
            String user = crawler.getKey();
            Crawl crawl = new Crawl(user, crawler.getValue());
            crawl.run();
            crawl.selfReturns.forEach(p -> problems.add(user + " " + p));
            for (Map.Entry<String, Document> page : crawl.belowTop.entrySet()) {
                String path = page.getKey();
                String who = user + " " + path;
                checked.add(pattern(path));
                Breadcrumbs.problems(path, page.getValue()).forEach(p -> problems.add(who + ": " + p));
                Breadcrumbs.up(page.getValue()).ifPresent(up -> {
                    int status = crawl.status(up.absUrl("href"));
                    if (status != 200) {
                        problems.add(who + ": the way back " + Breadcrumbs.pathOf(up) + " answers " + status);
                    }
                });
                for (String crumb : Breadcrumbs.texts(crawl.english(crawl.address.get(path)))) {
                    if (chineseLabels.contains(crumb)) {
                        problems.add(who + "?lang=en: crumb \"" + crumb + "\" not in English");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("the crawl reaches the pages below the top level")
                .contains("/nominations/{n}", "/nominations/{n}/edit", "/people/{n}", "/people/{n}/edit", "/units/{n}",
                        "/units/{n}/edit", "/public/notices/{n}", "/public/notices/{n}/cases/{n}/objection",
                        "/notices/{n}", "/public/consultations/{n}", "/consultations/{n}", "/consultations/comments",
                        "/admin/accounts/{n}", "/admin/venues/{n}", pattern(certificate), "/account/password",
                        "/account/second-factor", "/benefits/people/{n}", "/my/entitlements/{n}", "/my/rewards/{n}/bank",
                        "/rewards/{n}", "/policies/diff");
    }

    @Test
    void theCheckFindsPagesWithoutAWayBack() {
        Document none = page("/units/7", "<h1>单位</h1><a href='/units/7'>返回</a>");
        assertThat(Breadcrumbs.problems("/units/7", none)).containsExactly("/units/7: no breadcrumbs",
                "/units/7: \"返回\" leads to the page itself");
        Document itself = page("/units/7/edit", """
                <nav class="jx-crumbs"><ol><li><a href="/">首页</a></li><li><a href="/units/7/edit?x=1">单位</a></li>
                <li aria-current="page">7</li></ol></nav>""");
        assertThat(Breadcrumbs.problems("/units/7/edit", itself)).containsExactly(
                "/units/7/edit: the way back leads to the page itself", "/units/7/edit: the last crumb does not name the page");
        Document fine = page("/units/7/edit", """
                <nav class="jx-crumbs"><ol><li><a href="/">首页</a></li><li><a class="jx-crumb-up" href="/units/7">某学校</a></li>
                <li aria-current="page">编辑</li></ol></nav><a href="/units/7">Back</a>""");
        assertThat(Breadcrumbs.problems("/units/7/edit", fine)).isEmpty();
    }

    private static Document page(String path, String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>", "http://localhost" + path);
    }

    /** A path with its numbers as {n}: one pattern of address. */
    private static String pattern(String path) {
        return path.replaceAll("/\\d+(?=/|$)", "/{n}");
    }

    /** Every Chinese text of the message catalogues (i18n/*.properties without _en). */
    private static Set<String> chineseCatalogue() throws IOException {
        Set<String> values = new HashSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (bundle.getFilename() == null || bundle.getFilename().contains("_")) {
                continue;
            }
            Properties properties = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.values().forEach(v -> {
                if (v.toString().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    values.add(v.toString().strip());
                }
            });
        }
        return values;
    }

    /** One user's breadth-first walk over the site, with a session of its own as a browser has. */
    private final class Crawl {

        private final String user;
        private final MockHttpSession session = new MockHttpSession();
        private final Set<String> top = new HashSet<>(ENTRIES);
        private final Set<String> seen = new HashSet<>();
        private final Deque<String> queue = new ArrayDeque<>();
        /** The pages below the top level by path, as parsed; and the address each was opened with. */
        final Map<String, Document> belowTop = new LinkedHashMap<>();
        final Map<String, String> address = new LinkedHashMap<>();
        /** "返回"/"Back" links, on any page, that lead back to it through a redirect. */
        final List<String> selfReturns = new ArrayList<>();

        Crawl(String user, List<String> seeds) {
            this.user = user;
            queue.add("/");
            seeds.forEach(seed -> enqueue("http://localhost" + seed));
        }

        void run() throws Exception {
            int visits = 0;
            while (!queue.isEmpty() && visits++ < MAX_VISITS_PER_ROLE) {
                String href = queue.poll();
                MockHttpServletResponse response = open(href);
                String location = response.getRedirectedUrl();
                if (location != null) {
                    URI target = URI.create("http://localhost" + href).resolve(location);
                    if (top.contains(URI.create(href).getPath())) {
                        top.add(target.getPath()); // where a top page sends this user (a unit officer's 单位: their unit)
                    }
                    enqueue(target.toString());
                    continue;
                }
                String type = response.getContentType();
                if (response.getStatus() != 200 || type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
                    continue;
                }
                String path = URI.create(href).getPath();
                Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + href);
                if (path.equals("/")) {
                    doc.select("nav.navbar a[href]").forEach(a -> top.add(Breadcrumbs.pathOf(a)));
                    top.removeAll(BELOW_PROFILE);
                }
                if (!top.contains(path)) {
                    belowTop.put(path, doc);
                    address.put(path, href);
                }
                for (Element back : doc.select("a[href]")) {
                    String text = back.text().strip();
                    if ((text.startsWith("返回") || text.toLowerCase().startsWith("back"))
                            && path.equals(redirectedPath(back.absUrl("href")))) {
                        selfReturns.add(path + ": \"" + text + "\" leads back to the page itself");
                    }
                }
                doc.select("a[href]").forEach(a -> enqueue(a.absUrl("href")));
                doc.select("form").forEach(this::enqueueGetForm);
            }
            belowTop.keySet().removeIf(top::contains);
        }

        /** Where a link leads after one redirect, if it redirects ("" if not). */
        private String redirectedPath(String absolute) throws Exception {
            URI uri = URI.create(absolute);
            String location = open(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                    .getRedirectedUrl();
            return location == null ? "" : URI.create(absolute).resolve(location).getPath();
        }

        int status(String absolute) {
            try {
                URI uri = URI.create(absolute);
                return open(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).getStatus();
            } catch (Exception e) {
                return -1;
            }
        }

        Document english(String href) throws Exception {
            String withLanguage = href + (href.contains("?") ? "&" : "?") + "lang=en";
            return Jsoup.parse(open(withLanguage).getContentAsString(StandardCharsets.UTF_8), "http://localhost" + href);
        }

        private MockHttpServletResponse open(String href) throws Exception {
            MockHttpServletRequestBuilder request = get(URI.create(href)).accept(MediaType.TEXT_HTML).session(session);
            if (!VISITOR.equals(user)) {
                request.with(staff.as(user));
            }
            return mvc.perform(request).andReturn().getResponse();
        }

        private void enqueue(String absolute) {
            URI uri;
            try {
                uri = URI.create(absolute);
            } catch (IllegalArgumentException e) {
                return;
            }
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            if (!"localhost".equals(uri.getHost()) || path == null || path.isEmpty() || NOT_A_PAGE.matcher(path).find()
                    || (query != null && query.matches("(.*&)?lang=.*"))) {
                return;
            }
            if (seen.add(pattern(path))) {
                queue.add(path + (query == null ? "" : "?" + query));
            }
        }

        /** A GET form as it stands: its hidden and filled fields, the selected options, the checked boxes. */
        private void enqueueGetForm(Element form) {
            if (!form.attr("method").equalsIgnoreCase("get")) {
                return;
            }
            List<String> fields = new ArrayList<>();
            for (Element field : form.select("input[name], select[name], textarea[name]")) {
                String type = field.attr("type");
                if (field.hasAttr("disabled") || type.equals("submit") || type.equals("button")
                        || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                    continue;
                }
                String value = switch (field.tagName()) {
                    case "select" -> {
                        Element option = field.selectFirst("option[selected]");
                        option = option != null ? option : field.selectFirst("option");
                        yield option == null ? "" : option.val();
                    }
                    case "textarea" -> field.text();
                    default -> field.val();
                };
                fields.add(URLEncoder.encode(field.attr("name"), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            String action = form.hasAttr("action") ? form.absUrl("action") : form.ownerDocument().location();
            if (!action.isEmpty()) {
                enqueue(action.replaceAll("\\?.*$", "") + (fields.isEmpty() ? "" : "?" + String.join("&", fields)));
            }
        }
    }
}
