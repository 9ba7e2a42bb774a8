package cn.jiangxin.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.todo.Todo;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.MutableClock;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TodoLinks;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Entitlements and uses of services as paged lists, the venue's services, the undo of a use and the to-dos of
 * venues and talents.
 */
@JiangxinTest
@MovableClock
class BenefitListTest {

    private static final String POOL = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired EntitlementGrants grants;
    @Autowired Entitlements entitlements;
    @Autowired VenueServices venues;
    @Autowired BenefitTodos todos;
    @Autowired People people;
    @Autowired Units units;
    @Autowired AccountRegistry accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired AuditTrail audit;

    CurrentUser venue;
    String name;
    long person;

    @BeforeEach
    void setUp() {
        venue = BenefitFixture.venueOfferingAll(staff, venues);
        BenefitFixture.setToday(clock, TODAY);
        name = "福" + pick() + pick() + pick();
        person = BenefitFixture.newPerson(people, units, name);
        grants.grant(BenefitFixture.certified(person, LocalDate.of(2026, 5, 1)));
    }

    private static char pick() {
        return POOL.charAt(ThreadLocalRandom.current().nextInt(POOL.length()));
    }

    private RedemptionOutcome use(CurrentUser by, String code) {
        return entitlements.redeem(by, new RedemptionRequest(person, code, TODAY, UUID.randomUUID().toString()));
    }

    @Test
    void entitlementsPageByMeasureAndStateAndExportTheFilteredRows() throws Exception {
        String all = page(Staff.APPROVER, get("/benefits/entitlements").param("q", name));
        assertThat(all).contains("共 10 条").contains(name).contains("有效");
        assertThat(page(Staff.APPROVER, get("/benefits/entitlements").param("q", name).param("measure", "CINEMA")))
                .contains("共 1 条").contains("观影");
        assertThat(page(Staff.APPROVER, get("/benefits/entitlements").param("q", name).param("state", "lapsed")))
                .contains("共 0 条");
        assertThat(page(Staff.APPROVER, get("/benefits/entitlements").param("q", name).param("size", "50")
                .param("state", "active"))).contains("共 10 条");

        List<List<String>> sheet = ExcelRows.of(export(Staff.APPROVER, get("/benefits/entitlements.xlsx")
                .param("q", name).param("sort", "measure").param("dir", "asc")));
        assertThat(sheet.get(0).get(0)).isEqualTo("服务待遇");
        assertThat(sheet.subList(2, sheet.size())).hasSize(10).allMatch(r -> r.get(0).equals(name))
                .allMatch(r -> r.get(5).equals("有效"));
        assertThat(sheet.get(2).get(1)).isEqualTo("优先参加系列活动");
        assertThat(audit.latest(Staff.APPROVER, "entitlement", "", 1)).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("10 entitlements").contains("q=" + name));
    }

    @Test
    void usesPageByVenueServiceAndDaysAndExportTheFilteredRows() throws Exception {
        for (int i = 0; i < 3; i++) {
            use(venue, "PARK_VISIT");
        }
        use(venue, "CINEMA");
        String venueId = String.valueOf(venue.accountId());
        String parks = page(Staff.REVIEWER, get("/benefits/redemptions").param("q", name).param("venue", venueId)
                .param("service", "PARK_VISIT").param("from", "2026-06-01").param("to", "2026-06-01"));
        assertThat(parks).contains("共 3 条").contains(name).contains("公园游览");
        assertThat(page(Staff.REVIEWER, get("/benefits/redemptions").param("q", name).param("to", "2026-05-31")))
                .contains("共 0 条");

        List<List<String>> sheet = ExcelRows.of(export(Staff.REVIEWER, get("/benefits/redemptions.xlsx")
                .param("q", name).param("venue", venueId)));
        assertThat(sheet.subList(2, sheet.size())).hasSize(4).allMatch(r -> r.get(2).equals(name))
                .extracting(r -> r.get(3)).containsOnly("公园游览", "观影");

        String own = page(Staff.VENUE, get("/benefits/redemptions").param("q", name));
        assertThat(own).contains("共 4 条").doesNotContain("<td class=\"text-nowrap\">" + name + "</td>")
                .contains("<td class=\"text-nowrap\">" + name.charAt(0) + "***</td>");
    }

    @Test
    void aVenueRecordsOnlyTheServicesItOffers() throws Exception {
        CurrentUser park = staff.bureau("kit-venue-park", "测试公园服务点", Role.PROVIDER);
        venues.set(staff.admin(), park.accountId(), List.of("PARK_VISIT"));
        assertThat(use(park, "PARK_VISIT").entitlement().usedThisYear()).isEqualTo(1);
        assertThatThrownBy(() -> use(park, "CINEMA")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("本服务机构未开通“观影”服务");
        assertThat(entitlements.redemptionsOfPerson(person)).hasSize(1);

        String form = page(Staff.ADMIN, get("/admin/venues/" + park.accountId()));
        assertThat(form).contains("测试公园服务点").contains("value=\"PARK_VISIT\" id=\"service-PARK_VISIT\" checked");
        mvc.perform(post("/admin/venues/" + park.accountId()).param("services", "CINEMA").with(csrf())
                .with(staff.as(Staff.ADMIN))).andExpect(status().is3xxRedirection());
        assertThat(venues.offeredBy(park.accountId())).containsExactly("CINEMA");
        mvc.perform(post("/admin/venues/" + park.accountId()).param("services", "PRIORITY_RECOMMENDATION").with(csrf())
                .with(staff.as(Staff.ADMIN))).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/admin/venues/" + staff.reviewer().accountId()).with(staff.as(Staff.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/venues/" + park.accountId()).with(staff.as(Staff.VENUE)))
                .andExpect(status().isForbidden());
        assertThat(page(Staff.ADMIN, get("/admin/accounts/" + park.accountId())))
                .contains("href=\"/admin/venues/" + park.accountId() + "\"");
    }

    @Test
    void anUndoRacedByTwoThreadsGivesTheUseBackOnce() throws Exception {
        use(venue, "HOLIDAY_CARE");
        long redemption = use(venue, "HOLIDAY_CARE").redemption().id();
        assertThat(usedThisYear("HOLIDAY_CARE")).isEqualTo(2);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    entitlements.undo(venue, redemption);
                    return true;
                } catch (RuleViolationException e) {
                    return false;
                }
            }));
        }
        int undone = 0;
        for (Future<Boolean> r : results) {
            undone += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(undone).isEqualTo(1);
        assertThat(usedThisYear("HOLIDAY_CARE")).isEqualTo(1);
        assertThatThrownBy(() -> entitlements.undo(venue, redemption)).hasMessageContaining("已经撤销");
        assertThat(usedThisYear("HOLIDAY_CARE")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_redemption WHERE id = ?").param(redemption)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(page(Staff.REVIEWER, get("/benefits/redemptions").param("q", name).param("state", "reversed")))
                .contains("共 1 条").contains("已撤销");
    }

    @Test
    void anUndoIsRefusedAfterTenMinutesAndForAnotherVenuesUse() throws Exception {
        long redemption = use(venue, "CINEMA").redemption().id();
        CurrentUser other = staff.bureau("kit-venue-other", "测试另一服务点", Role.PROVIDER);
        assertThatThrownBy(() -> entitlements.undo(other, redemption))
                .isInstanceOf(cn.jiangxin.platform.NotFoundException.class);
        clock.set(clock.instant().plus(RedemptionUndo.WINDOW));
        mvc.perform(post("/services/redeem/" + redemption + "/undo").with(csrf()).with(staff.as(Staff.VENUE)))
                .andExpect(status().isUnprocessableContent());
        assertThat(usedThisYear("CINEMA")).isEqualTo(1);
    }

    @Test
    void theVenuePageListsTodaysUsesWithAnUndo() throws Exception {
        long redemption = use(venue, "PARK_VISIT").redemption().id();
        String html = page(Staff.VENUE, get("/services/redeem"));
        assertThat(html).contains("id=\"today-" + redemption + "\"").contains("id=\"undo-" + redemption + "\"");
        mvc.perform(post("/services/redeem/" + redemption + "/undo").with(csrf()).with(staff.as(Staff.VENUE)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(Staff.VENUE, get("/services/redeem"))).doesNotContain("id=\"undo-" + redemption + "\"");
    }

    @Test
    void theVenuesAndTheTalentsToDosCountWhatTheirListsShow() throws Exception {
        use(venue, "PARK_VISIT");
        List<Todo> venueTodos = TodoLinks.agreeWithTheirLists(mvc, staff, Staff.VENUE, todos);
        assertThat(venueTodos).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("benefit.todo.recordedToday");
            assertThat(t.count()).isPositive();
            assertThat(t.href()).isEqualTo("/benefits/redemptions?state=counted&from=2026-06-01&to=2026-06-01");
        });

        String talent = BenefitFixture.talentAccount(accounts, jdbc, person);
        List<Todo> talentTodos = TodoLinks.agreeWithTheirLists(mvc, staff, talent, todos);
        assertThat(talentTodos).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(4));
        use(venue, "HOLIDAY_CARE");
        use(venue, "HOLIDAY_CARE");
        assertThat(TodoLinks.agreeWithTheirLists(mvc, staff, talent, todos)).singleElement()
                .satisfies(t -> assertThat(t.count()).isEqualTo(3));
        assertThat(staff.actingAs(Staff.APPROVER, todos::waitingForCurrentUser)).isEmpty();
    }

    @Test
    void badParametersGetTheBadRequestPage() throws Exception {
        String talent = BenefitFixture.talentAccount(accounts, jdbc, person);
        for (Object[] bad : List.of(new Object[] {Staff.APPROVER, get("/benefits/entitlements").param("state", "x")},
                new Object[] {Staff.APPROVER, get("/benefits/entitlements.xlsx").param("measure", "NOPE")},
                new Object[] {Staff.REVIEWER, get("/benefits/redemptions").param("venue", "abc")},
                new Object[] {Staff.REVIEWER, get("/benefits/redemptions.xlsx").param("from", "2026-02-30")},
                new Object[] {Staff.VENUE, get("/benefits/redemptions").param("page", "-1")},
                new Object[] {talent, get("/my/entitlements").param("show", "all")})) {
            mvc.perform(((MockHttpServletRequestBuilder) bad[1]).with(staff.as((String) bad[0])))
                    .andExpect(status().isBadRequest()).andExpect(header().doesNotExist("Content-Disposition"));
        }
    }

    private int usedThisYear(String code) {
        return entitlements.ofPerson(person, TODAY).stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow().usedThisYear();
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private byte[] export(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(staff.as(username))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
