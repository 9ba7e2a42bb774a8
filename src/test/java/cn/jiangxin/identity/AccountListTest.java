package cn.jiangxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.todo.Section;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The account list, paged: 22 accounts of this test's tag (a00 … a21), the even ones reviewers, the odd ones finance
 * staff; a03 and a04 locked for wrong passwords, a05 disabled.
 */
@JiangxinTest
class AccountListTest {

    @Autowired MockMvc mvc;
    @Autowired AccountRegistry accounts;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired AccountTodos todos;
    @Autowired AccountStore store;

    private String tag;

    @BeforeEach
    void accounts() {
        tag = "al" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 22; i++) {
            accounts.create(new NewAccount(String.format("%s-a%02d", tag, i), String.format("列表%s 用户%02d", tag, i),
                    "List-Pass-2026", Set.of(i % 2 == 0 ? Role.REVIEWER : Role.FINANCE), null, false));
        }
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
        jdbc.sql("UPDATE account SET locked_until = ? WHERE username IN (?, ?)")
                .params(DbTime.toDb(later), tag + "-a03", tag + "-a04").update();
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE username = ?").param(tag + "-a05").update();
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void pagesSortAndShowRolesInWords() throws Exception {
        String first = page(get("/admin/accounts").param("q", tag));
        assertThat(ListPages.total(first)).isEqualTo(22);
        assertThat(names(first)).hasSize(20).startsWith(tag + "-a00", tag + "-a01");
        assertThat(names(page(get("/admin/accounts").param("q", tag).param("page", "2"))))
                .containsExactly(tag + "-a20", tag + "-a21");
        assertThat(names(page(get("/admin/accounts").param("q", tag).param("sort", "displayName")
                .param("dir", "desc")))).startsWith(tag + "-a21");
        assertThat(ListPages.column(first, "accounts", 2)).contains("初审人员", "财务");
        assertThat(ListPages.unscrollableTables(first)).isEmpty();
    }

    @Test
    void filtersByRoleAndState() throws Exception {
        assertThat(ListPages.total(page(get("/admin/accounts").param("q", tag).param("role", "FINANCE")))).isEqualTo(11);
        assertThat(names(page(get("/admin/accounts").param("q", tag).param("state", "locked"))))
                .containsExactly(tag + "-a03", tag + "-a04");
        assertThat(names(page(get("/admin/accounts").param("q", tag).param("state", "disabled"))))
                .containsExactly(tag + "-a05");
        assertThat(ListPages.total(page(get("/admin/accounts").param("q", tag).param("state", "enabled"))))
                .isEqualTo(21);
        assertThat(ListPages.total(page(get("/admin/accounts").param("q", "列表" + tag)))).isEqualTo(22);
    }

    @Test
    void theExportHoldsExactlyTheFilteredAccountsInWords() throws Exception {
        byte[] xlsx = mvc.perform(get("/admin/accounts.xlsx").param("q", tag).param("role", "REVIEWER")
                        .with(staff.as(Staff.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ListPages.exportedRows(xlsx);
        assertThat(rows).extracting(r -> r.get(0)).hasSize(11).allMatch(n -> Integer.parseInt(n.substring(n.length() - 2)) % 2 == 0);
        assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("初审人员"));
        assertThat(rows.get(2).get(4)).startsWith("锁定至");
        assertThat(rows.get(1).get(4)).isEqualTo("启用");
    }

    /**
     * The page is read as ids, then those accounts with their roles: the middle of three pages reached from either
     * neighbour's link (after page 1's last row, before page 3's first) is that part of the whole list, in its order.
     */
    @Test
    void aMiddlePageReachedFromEitherNeighbourIsThatPartOfTheWholeList() {
        for (int i = 22; i < 45; i++) {
            accounts.create(new NewAccount(String.format("%s-a%02d", tag, i), String.format("列表%s 用户%02d", tag, i % 7),
                    "List-Pass-2026", Set.of(i % 2 == 0 ? Role.REVIEWER : Role.FINANCE), null, false));
        }
        Instant now = Instant.now();
        ListQuery query = ListQuery.parse(AccountListing.SPEC,
                Map.of("q", new String[] {tag}, "sort", new String[] {"displayName"}, "dir", new String[] {"desc"}));
        List<AccountSummary> whole;
        try (var all = store.all(query, now)) {
            whole = all.toList();
        }
        assertThat(whole).hasSize(45);
        for (String link : List.of(store.page(query, now).pageLink(2), store.page(query.withPage(3), now).pageLink(2))) {
            assertThat(link).containsAnyOf("after=", "before=");
            PageOf<AccountSummary> middle = store.page(ListQuery.parse(AccountListing.SPEC, ListPages.parameters(link)), now);
            assertThat(middle.rows()).as(link).isEqualTo(whole.subList(20, 40));
        }
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        for (var request : List.of(get("/admin/accounts").param("role", "ROOT"), get("/admin/accounts").param("state", "x"),
                get("/admin/accounts").param("sort", "password"), get("/admin/accounts.xlsx").param("page", "-1"))) {
            mvc.perform(request.with(staff.as(Staff.ADMIN))).andExpect(status().isBadRequest())
                    .andExpect(header().doesNotExist("Content-Disposition"));
        }
        mvc.perform(get("/admin/accounts.xlsx").with(staff.as(Staff.REVIEWER))).andExpect(status().isForbidden());
    }

    @Test
    void theLockedAccountsToDoCountsWhatItsListShows() throws Exception {
        staff.signInHere(Staff.ADMIN);
        List<Todo> mine = todos.waitingForCurrentUser();
        assertThat(mine).singleElement().satisfies(todo -> {
            assertThat(todo.section()).isEqualTo(Section.ADMINISTRATION);
            assertThat(todo.href()).isEqualTo("/admin/accounts?state=locked");
            assertThat(todo.count()).isGreaterThanOrEqualTo(2);
        });
        assertThat(ListPages.total(page(get(mine.get(0).href())))).isEqualTo(mine.get(0).count());
        staff.signInHere(Staff.REVIEWER);
        assertThat(todos.waitingForCurrentUser()).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> names(String html) {
        return ListPages.column(html, "accounts", 0);
    }
}
