package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.consultation.Consultations;
import cn.jiangxin.nomination.NominationState;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.testsupport.EveryState;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestConsultations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accessibility basics on the pages people use, with a case in each state ({@link EveryState}): the language is declared, there is one main heading,
 * every visible form control has a label, every image has alternative text, and the page can be skipped to its
 * content by keyboard.
 */
@JiangxinTest
@MovableClock
class AccessiblePagesTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired AccountRegistry accounts;
    @Autowired ApplicationContext context;
    @Autowired Nominations nominations;
    @Autowired Consultations consultations;

    @Test
    void everyPageDeclaresItsLanguageHasOneHeadingAndLabelsEveryControl() throws Exception {
        long certified = EveryState.ensure(context).get(NominationState.CERTIFIED);
        long person = nominations.requireVisible(staff.approver(), certified).personId();
        long unit = staff.officer().unitId();
        long consultation = TestConsultations.open(consultations, Staff.POLICY, LocalDate.of(2025, 9, 29),
                LocalDate.of(2025, 10, 31));
        List<String[]> pages = List.of(
                new String[] {null, "/"}, new String[] {null, "/login"}, new String[] {null, "/self-check"},
                new String[] {null, "/public/consultations"}, new String[] {null, "/public/consultations/" + consultation},
                new String[] {null, "/public/consultations/receipt"},
                new String[] {Staff.ADMIN, "/admin/accounts"}, new String[] {Staff.ADMIN, "/admin/api-tokens"},
                new String[] {Staff.ADMIN, "/admin/calendar"}, new String[] {Staff.ADMIN, "/admin/audit"},
                new String[] {Staff.ADMIN, "/units/new"}, new String[] {Staff.OFFICER, "/units/" + unit},
                new String[] {Staff.OFFICER, "/people"}, new String[] {Staff.OFFICER, "/people/new"},
                new String[] {Staff.REVIEWER, "/people/" + person}, new String[] {Staff.POLICY, "/policies"},
                new String[] {Staff.POLICY, "/consultations"}, new String[] {Staff.POLICY, "/consultations/new"},
                new String[] {Staff.POLICY, "/consultations/" + consultation}, new String[] {Staff.REVIEWER, "/account/password"},
                new String[] {Staff.REVIEWER, "/account/second-factor"}, new String[] {Staff.VENUE, "/services/redeem"},
                new String[] {Staff.REVIEWER, "/benefits/people/" + person}, new String[] {"a11y-talent", "/my/entitlements"},
                new String[] {Staff.REVIEWER, "/account/profile"}, new String[] {Staff.OFFICER, "/notifications"},
                new String[] {"a11y-talent", "/my"}, new String[] {Staff.FINANCE, "/rewards"},
                new String[] {Staff.FINANCE, "/rewards/batches"}, new String[] {Staff.FINANCE, "/ledger"},
                new String[] {Staff.FINANCE, "/ledger/allocations"}, new String[] {Staff.FINANCE, "/finance"},
                new String[] {Staff.OFFICER, "/unit/rewards"}, new String[] {"a11y-talent", "/my/rewards"},
                new String[] {null, "/public/notices"}, new String[] {null, "/public/notices/receipt"},
                new String[] {null, "/verify"}, new String[] {Staff.APPROVER, "/notices"}, new String[] {Staff.APPROVER, "/notices/new"},
                new String[] {Staff.REVIEWER, "/notices/objections"}, new String[] {Staff.APPROVER, "/certifications"},
                new String[] {"a11y-talent", "/my/certification"});
        if (!accounts.exists("a11y-talent")) {
            accounts.create(new NewAccount("a11y-talent", "人才", "Sweep-Access-2025", Set.of(Role.TALENT), null, false));
        }
        List<String> problems = new ArrayList<>();
        for (String[] page : pages) {
            var request = get(page[1]).accept(MediaType.TEXT_HTML);
            if (page[0] != null) {
                request.with(staff.as(page[0]));
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
