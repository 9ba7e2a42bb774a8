package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;

import cn.jiangxin.testsupport.DemoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accessibility basics on the pages people use (demo data): the language is declared, there is one main heading,
 * every visible form control has a label, every image has alternative text, and the page can be skipped to its
 * content by keyboard.
 */
@DemoTest
class AccessiblePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @Autowired AccountRegistry accounts;

    @Test
    void everyPageDeclaresItsLanguageHasOneHeadingAndLabelsEveryControl() throws Exception {
        long person = jdbc.sql("SELECT MIN(id) FROM person").query(Long.class).single();
        long unit = jdbc.sql("SELECT MIN(id) FROM unit").query(Long.class).single();
        long consultation = jdbc.sql("SELECT MAX(id) FROM consultation").query(Long.class).single();
        List<String[]> pages = List.of(
                new String[] {null, "/"}, new String[] {null, "/login"}, new String[] {null, "/self-check"},
                new String[] {null, "/public/consultations"}, new String[] {null, "/public/consultations/" + consultation},
                new String[] {null, "/public/consultations/receipt"},
                new String[] {"admin", "/admin/accounts"}, new String[] {"admin", "/admin/api-tokens"},
                new String[] {"admin", "/admin/calendar"}, new String[] {"admin", "/admin/audit"},
                new String[] {"admin", "/units/new"}, new String[] {"officer", "/units/" + unit},
                new String[] {"officer", "/people"}, new String[] {"officer", "/people/new"},
                new String[] {"reviewer", "/people/" + person}, new String[] {"policy", "/policies"},
                new String[] {"policy", "/consultations"}, new String[] {"policy", "/consultations/new"},
                new String[] {"policy", "/consultations/" + consultation}, new String[] {"reviewer", "/account/password"},
                new String[] {"reviewer", "/account/second-factor"}, new String[] {"provider", "/services/redeem"},
                new String[] {"reviewer", "/benefits/people/" + person}, new String[] {"a11y-talent", "/my/entitlements"},
                new String[] {"reviewer", "/account/profile"}, new String[] {"officer", "/notifications"},
                new String[] {"a11y-talent", "/my"}, new String[] {"finance", "/rewards"},
                new String[] {"finance", "/rewards/batches"}, new String[] {"finance", "/ledger"},
                new String[] {"finance", "/ledger/allocations"}, new String[] {"finance", "/finance"},
                new String[] {"officer", "/unit/rewards"}, new String[] {"a11y-talent", "/my/rewards"},
                new String[] {null, "/public/notices"}, new String[] {null, "/public/notices/receipt"},
                new String[] {null, "/verify"}, new String[] {"approver", "/notices"}, new String[] {"approver", "/notices/new"},
                new String[] {"reviewer", "/notices/objections"}, new String[] {"approver", "/certifications"},
                new String[] {"a11y-talent", "/my/certification"});
        if (!accounts.exists("a11y-talent")) {
            accounts.create(new NewAccount("a11y-talent", "人才", "Sweep-Access-2025", Set.of(Role.TALENT), null, false));
        }
        List<String> problems = new ArrayList<>();
        for (String[] page : pages) {
            var request = get(page[1]).accept(MediaType.TEXT_HTML);
            if (page[0] != null) {
                request.with(user(details.loadUserByUsername(page[0])));
            }
            var response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() != 200) {
                problems.add(page[1] + ": status " + response.getStatus());
                continue;
            }
            problems.addAll(check(page[1], Jsoup.parse(response.getContentAsString())));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatIsMissing() {
        Document broken = Jsoup.parse("""
                <html><body><h1>a</h1><h1>b</h1><input name="q"><select id="s"></select>
                <label for="ok">ok</label><input id="ok"><label><input name="wrapped"></label>
                <input type="hidden" name="csrf"><img src="x.png"></body></html>""");
        assertThat(check("/broken", broken)).containsExactlyInAnyOrder(
                "/broken: no lang on <html>", "/broken: 2 <h1> elements", "/broken: no skip link to #main",
                "/broken: unlabelled input name=q", "/broken: unlabelled select name=",
                "/broken: image without alt x.png");
    }

    private static List<String> check(String path, Document doc) {
        return cn.jiangxin.testsupport.AccessibilityCheck.problems(path, doc);
    }
}
