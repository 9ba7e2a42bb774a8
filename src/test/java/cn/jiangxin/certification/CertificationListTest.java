package cn.jiangxin.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The certified talents as a paged list: 23 certifications of one person of this test (names tag-00 … tag-22,
 * certified on consecutive days from 1 April 2025; the first five ended in 2024), found by the test's tag.
 */
@JiangxinTest
class CertificationListTest {

    private static final Pattern ROW = Pattern.compile("cl[0-9a-f]{6}-(\\d\\d)");
    private static final LocalDate FIRST = LocalDate.of(2025, 4, 1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Units units;
    @Autowired People people;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService users;
    @Autowired AuditTrail audit;

    private String tag;

    @BeforeEach
    void certifications() {
        tag = "cl" + UUID.randomUUID().toString().substring(0, 6);
        long unitId = TestUnits.register(units, TestAccounts.ROOT, "认定列表测试单位" + tag, "EMPLOYER");
        long personId = TestPeople.register(people, TestAccounts.ROOT, unitId, "列表测试", Sex.FEMALE,
                LocalDate.of(1980, 1, 1), 3000);
        for (int i = 0; i < 23; i++) {
            LocalDate start = i < 5 ? LocalDate.of(2022, 1, 1).plusDays(i) : FIRST.plusDays(i);
            insert(personId, unitId, i + 1, String.format("%s-%02d", tag, i), start, FIRST.plusDays(i));
        }
        account("cl-approver", Role.APPROVER, null);
        account("cl-officer", Role.UNIT_OFFICER, unitId);
    }

    @Test
    void theSecondPageHoldsTheEarliestCertificationsAndTheTotalIsShown() throws Exception {
        String first = page(get("/certifications").param("q", tag));
        assertThat(first).contains("共 23 条");
        assertThat(rows(first)).hasSize(20).startsWith("22", "21");
        assertThat(rows(page(get("/certifications").param("q", tag).param("page", "2"))))
                .containsExactly("02", "01", "00");
    }

    @Test
    void sortsByNameBothWays() throws Exception {
        assertThat(rows(page(get("/certifications").param("q", tag).param("sort", "name").param("dir", "asc"))))
                .startsWith("00", "01", "02");
        String descending = page(get("/certifications").param("q", tag).param("sort", "name").param("dir", "desc"));
        assertThat(rows(descending)).startsWith("22", "21", "20");
        assertThat(descending).contains("aria-sort=\"descending\"");
    }

    @Test
    void statusAndDateRangeNarrowAndTheExportHoldsExactlyTheFilteredRowsOfEveryPage() throws Exception {
        String expired = page(get("/certifications").param("q", tag).param("status", "expired"));
        assertThat(expired).contains("共 5 条");
        assertThat(rows(expired)).containsExactlyInAnyOrder("00", "01", "02", "03", "04");
        assertThat(page(get("/certifications").param("q", tag).param("from", FIRST.plusDays(10).toString())
                .param("to", FIRST.plusDays(12).toString()))).contains("共 3 条");

        String active = page(get("/certifications").param("q", tag).param("status", "active"));
        assertThat(active).contains("共 18 条").contains("/certifications.xlsx?q=" + tag + "&amp;status=active");
        byte[] xlsx = mvc.perform(get("/certifications.xlsx").param("q", tag).param("status", "active")
                        .param("sort", "name").param("dir", "asc").with(as("cl-approver")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> sheet = ExcelRows.of(xlsx);
        assertThat(sheet.get(0).get(0)).isEqualTo("已认定人才");
        assertThat(sheet.get(1).get(1)).isEqualTo("姓名");
        assertThat(sheet.subList(2, sheet.size())).extracting(r -> r.get(1)).hasSize(18)
                .first().isEqualTo(tag + "-05");
        assertThat(audit.latest("cl-approver", "certification", "", 1)).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("18 certifications").contains("status=active"));
    }

    @Test
    void anInvalidParameterGetsTheBadRequestPage() throws Exception {
        assertThat(bad(get("/certifications").param("status", "gone"))).contains("“gone”无效");
        assertThat(bad(get("/certifications").param("from", "2026-02-30"))).contains("日期“2026-02-30”（from）无效");
        assertThat(bad(get("/certifications").param("from", "2026-03-01").param("to", "2026-02-01")))
                .contains("起始日期 2026-03-01 晚于截止日期 2026-02-01");
        assertThat(bad(get("/certifications.xlsx").param("sort", "verification_code")))
                .contains("不能按“verification_code”排序");
    }

    @Test
    void onlyBureauStaffListAndExport() throws Exception {
        mvc.perform(get("/certifications").with(as("cl-officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/certifications.xlsx").with(as("cl-officer"))).andExpect(status().isForbidden());
    }

    private void insert(long personId, long unitId, int seq, String name, LocalDate start, LocalDate certifiedOn) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO nomination (person_id, unit_id, state, ethnicity, political_status, education, occupation,
                  accomplishments, unit_opinion, created_by, created_at, updated_at)
                VALUES (?, ?, 'CERTIFIED', '', '', '', '', '', '', 0, ?, ?)""")
                .params(personId, unitId, DbTime.toDb(BeijingTime.startOf(certifiedOn)),
                        DbTime.toDb(BeijingTime.startOf(certifiedOn))).update(key, "id");
        jdbc.sql("""
                INSERT INTO certification (person_id, person_seq, nomination_id, unit_id, training_unit_id, person_name,
                  unit_name, criterion, policy_version, support_start, support_end, verification_code, certified_by,
                  certified_at) VALUES (?, ?, ?, ?, ?, ?, ?, '世界技能大赛 金牌', 'chaoyang-2025-draft', ?, ?, ?, 0, ?)""")
                .params(personId, seq, key.getKey().longValue(), unitId, unitId, name, "认定列表测试单位" + tag, start,
                        start.plusYears(2), VerificationCode.random(),
                        DbTime.toDb(certifiedOn.atTime(LocalTime.of(10, 0)).atZone(BeijingTime.ZONE).toInstant()))
                .update();
    }

    private void account(String username, Role role, Long unitId) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, username, "fixture-pass-2025", Set.of(role), unitId, false));
        }
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("cl-approver"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String bad(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("cl-approver"))).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition")).andReturn().getResponse().getContentAsString();
    }

    private List<String> rows(String html) {
        return ROW.matcher(html).results().filter(m -> m.group().startsWith(tag)).map(m -> m.group(1)).toList();
    }
}
