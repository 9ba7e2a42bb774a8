package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.testsupport.EveryState;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Opens every GET page without path variables as an anonymous visitor and as a user of each role, on a system with
 * a case in each state ({@link EveryState}):
 * none may fail with a server error, and every page outside the public area must ask an anonymous visitor to log in.
 */
@JiangxinTest
@MovableClock
class EveryPageTest {

    /** API addresses the contracts open to anyone (talent-card-v1: the keys and the revocation list). */
    private static final java.util.Set<String> PUBLIC_API = java.util.Set.of("/api/v1/cards/keys", "/api/v1/cards/revocations");


    private static final Set<String> PUBLIC = Set.of("/", "/login", "/self-check", "/verify");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired AccountRegistry accounts;
    @Autowired Staff staff;
    @Autowired ApplicationContext context;

    @BeforeEach
    void aCaseInEachState() {
        EveryState.ensure(context);
    }

    private Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{") && !pattern.contains("*") && !pattern.startsWith("/error")
                        && !pattern.startsWith("/v3/") && !pattern.startsWith("/swagger")) {
                    pages.add(pattern);
                }
            }
        });
        return pages;
    }

    @Test
    void anonymousVisitorsSeePublicPagesAndAreAskedToLogInEverywhereElse() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : pages()) {
            if (PUBLIC_API.contains(page)) { // the card contract's keys and revocation list: JSON for anyone
                int status = mvc.perform(get(page).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus();
                if (status != 200) {
                    problems.add(page + " -> " + status);
                }
                continue;
            }
            int status = mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
            boolean open = PUBLIC.contains(page) || page.startsWith("/public/") || page.startsWith("/self-check");
            if (status >= 500 || (!open && !page.startsWith("/api/") && status != 302)
                    || (page.startsWith("/api/") && status != 401 && status != 302 && !page.startsWith("/api/v1/eligibility"))) {
                problems.add(page + " -> " + status);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(pages()).contains("/", "/login", "/admin/accounts", "/units", "/people", "/public/consultations");
    }

    @Test
    void noPageFailsForAnyRole() throws Exception {
        if (!accounts.exists("sweep-talent")) {
            accounts.create(new NewAccount("sweep-talent", "人才", "Sweep-12345", Set.of(Role.TALENT), null, false));
        }
        List<String> problems = new ArrayList<>();
        for (String username : List.of(Staff.ADMIN, Staff.POLICY, Staff.REVIEWER, Staff.APPROVER, Staff.FINANCE,
                Staff.VENUE, Staff.OFFICER, "sweep-talent")) {
            var as = staff.as(username);
            for (String page : pages()) {
                int status = mvc.perform(get(page).with(as).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
                if (status >= 500 || status == 401) {
                    problems.add(username + " " + page + " -> " + status);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
