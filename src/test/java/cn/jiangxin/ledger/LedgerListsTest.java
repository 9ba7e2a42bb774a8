package cn.jiangxin.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.ListPages;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ledger entries and the budget allocations as paged lists: pages, filters, sorting, the export of exactly the
 * filtered rows with their total, and the 400 page for parameters they cannot take.
 */
@JiangxinTest
class LedgerListsTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Allocations allocations;
    @Autowired LedgerStore store;

    String token;
    List<Allocation> made = new ArrayList<>();

    /** 25 allocations of this test, the i-th of (i + 1) × 100.01 yuan on 2025-01-01 plus i days; the first reversed. */
    @BeforeEach
    void allocate() {
        token = "ref" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 25; i++) {
            made.add(allocations.record(staff.finance(), new NewAllocation((i + 1) * 10_001L,
                    String.format("%s-%02d", token, i), LocalDate.of(2025, 1, 1).plusDays(i)), token + "-" + i));
        }
        allocations.reverse(staff.finance(), made.get(0).id(), "文号有误");
    }

    @Test
    void theEntriesArePagedFilteredByKindAndAccountSortedAndExportedWithTheirTotal() throws Exception {
        String first = page(get("/ledger").param("q", token));
        assertThat(first).contains("共 26 条").contains("，第 1–20 条").contains("/ledger?q=" + token + "&amp;page=2");
        assertThat(page(get("/ledger").param("q", token).param("page", "2"))).contains("第 21–26 条");
        assertThat(page(get("/ledger").param("q", token).param("kind", "REVERSAL"))).contains("共 1 条")
                .contains("冲销预算拨款 " + token + "-00：文号有误");
        assertThat(page(get("/ledger").param("q", token).param("kind", "ALLOCATION"))).contains("共 25 条");
        assertThat(page(get("/ledger").param("q", token).param("account", "REWARD_PAYABLE"))).contains("共 0 条");
        assertThat(page(get("/ledger").param("q", token).param("account", "BUDGET_FUNDING"))).contains("共 26 条");

        List<String> byAmount = references(page(get("/ledger").param("q", token).param("kind", "ALLOCATION")
                .param("sort", "amount").param("dir", "asc").param("size", "50")));
        assertThat(byAmount.get(0)).isEqualTo(token + "-00");
        assertThat(byAmount.get(24)).isEqualTo(token + "-24");

        List<List<String>> sheet = export(get("/ledger.xlsx").param("q", token).param("kind", "ALLOCATION")
                .param("sort", "amount").param("dir", "desc"));
        assertThat(sheet.get(0).get(0)).isEqualTo("总账分录");
        List<List<String>> rows = sheet.subList(2, sheet.size() - 1);
        assertThat(rows).hasSize(25);
        assertThat(rows.get(0).get(2)).isEqualTo("预算拨款 " + token + "-24");
        assertThat(rows.get(0).get(5)).isEqualTo("借 奖励预算可用额度 2,500.25；贷 预算拨款来源 2,500.25");
        assertThat(new BigDecimal(sheet.get(sheet.size() - 1).get(6))).isEqualByComparingTo(Money.decimalYuan(total()));
    }

    @Test
    void theAllocationsArePagedFilteredByStateAndDateSortedAndExportedWithTheirTotal() throws Exception {
        String all = page(get("/ledger/allocations").param("q", token));
        assertThat(all).contains("共 25 条").contains("aria-sort=\"descending\"");
        assertThat(references(all).get(0)).as("latest allocation date first").isEqualTo(token + "-24");
        assertThat(page(get("/ledger/allocations").param("q", token).param("reversed", "yes"))).contains("共 1 条");
        assertThat(page(get("/ledger/allocations").param("q", token).param("reversed", "no"))).contains("共 24 条");
        String january = page(get("/ledger/allocations").param("q", token).param("from", "2025-01-05")
                .param("to", "2025-01-14").param("sort", "reference").param("dir", "asc"));
        assertThat(january).contains("共 10 条");
        assertThat(references(january).get(0)).isEqualTo(token + "-04");
        assertThat(january).contains("/ledger/allocations.xlsx?q=" + token
                + "&amp;from=2025-01-05&amp;to=2025-01-14&amp;sort=reference&amp;dir=asc");

        List<List<String>> sheet = export(get("/ledger/allocations.xlsx").param("q", token).param("reversed", "no"));
        assertThat(sheet.get(0).get(0)).isEqualTo("预算拨款");
        assertThat(sheet.subList(2, sheet.size() - 1)).hasSize(24).allMatch(r -> r.get(4).equals("有效"));
        assertThat(new BigDecimal(sheet.get(sheet.size() - 1).get(5)))
                .isEqualByComparingTo(Money.decimalYuan(total() - 10_001L));
    }

    /**
     * Sorted by amount, a sum over each entry's lines joined to it: the middle page reached from either neighbour's
     * link (after page 1's last row, before page 3's first) is that page of the full order, ties included, each entry
     * with its lines.
     */
    @Test
    void aMiddlePageByAmountReachedFromEitherNeighbourIsThatPartOfTheWholeList() {
        for (int i = 0; i < 20; i++) {
            allocations.record(staff.finance(), new NewAllocation((i % 5 + 1) * 10_001L,
                    String.format("%s-x%02d", token, i), LocalDate.of(2025, 2, 1)), token + "-x" + i);
        }
        ListQuery query = ListQuery.parse(EntryListing.SPEC,
                Map.of("q", new String[] {token}, "sort", new String[] {"amount"}, "dir", new String[] {"asc"}));
        List<Entry> whole = new ArrayList<>();
        store.forEach(query, whole::add);
        assertThat(whole).hasSize(46);
        for (String link : List.of(store.page(query).pageLink(2), store.page(query.withPage(3)).pageLink(2))) {
            assertThat(link).containsAnyOf("after=", "before=");
            PageOf<Entry> middle = store.page(ListQuery.parse(EntryListing.SPEC, ListPages.parameters(link)));
            assertThat(middle.rows()).as(link).isEqualTo(whole.subList(20, 40))
                    .allMatch(entry -> !entry.lines().isEmpty());
        }
    }

    @Test
    void parametersTheListsCannotTakeGetTheBadRequestPage() throws Exception {
        bad(get("/ledger").param("account", "CASH"));
        bad(get("/ledger").param("kind", "ALLOC"));
        bad(get("/ledger.xlsx").param("sort", "memo"));
        bad(get("/ledger").param("page", "-1"));
        bad(get("/ledger/allocations").param("reversed", "maybe"));
        bad(get("/ledger/allocations").param("from", "20250101"));
        bad(get("/ledger/allocations.xlsx").param("q", "x".repeat(101)));
        bad(get("/ledger/allocations").param("size", "20").param("size", "50"));
        mvc.perform(get("/ledger.xlsx").with(staff.as(Staff.OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/ledger/allocations.xlsx").with(staff.as(Staff.OFFICER))).andExpect(status().isForbidden());
    }

    private long total() {
        return made.stream().mapToLong(Allocation::amountFen).sum();
    }

    private List<String> references(String html) {
        return Pattern.compile(token + "-\\d\\d").matcher(html).results().map(m -> m.group()).distinct().toList();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(Staff.FINANCE))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<List<String>> export(MockHttpServletRequestBuilder request) throws Exception {
        return ExcelRows.of(mvc.perform(request.with(staff.as(Staff.FINANCE))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray());
    }

    private void bad(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(staff.as(Staff.FINANCE))).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }
}
