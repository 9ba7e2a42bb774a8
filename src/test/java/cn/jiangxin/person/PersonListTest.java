package cn.jiangxin.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.TestAccounts;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestUnits;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The person list, paged: 22 people in a unit of this test (the test's tag and a letter, so that their names sort as the letters)
 * and 3 in a second unit (tag ZA … ZC); the officer of the first unit sees only the first unit's people.
 */
@JiangxinTest
class PersonListTest {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Tags are made of these, so that no other test's search ("zw", "李" …) finds this test's people. */
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    @Autowired MockMvc mvc;
    @Autowired Units units;
    @Autowired People people;
    @Autowired AccountRegistry accounts;
    @Autowired UserDetailsService users;
    @Autowired AuditTrail audit;

    private long unitA;
    private long unitB;
    private String tag;
    private String officer;

    @BeforeEach
    void people() {
        StringBuilder chars = new StringBuilder("列");
        for (int i = 0; i < 6; i++) {
            chars.append(STEMS.charAt(IdNumbers.nextInt(STEMS.length())));
        }
        tag = chars.toString();
        unitA = TestUnits.register(units, TestAccounts.ROOT, "人员列表A" + tag, "EMPLOYER");
        unitB = TestUnits.register(units, TestAccounts.ROOT, "人员列表B" + tag, "EMPLOYER");
        for (int i = 0; i < 22; i++) {
            TestPeople.register(people, TestAccounts.ROOT, unitA, tag + LETTERS.charAt(i), i % 2 == 0 ? Sex.MALE
                    : Sex.FEMALE, LocalDate.of(1970, 1, 1), 9000);
        }
        for (int i = 0; i < 3; i++) {
            TestPeople.register(people, TestAccounts.ROOT, unitB, tag + "Z" + LETTERS.charAt(i), Sex.MALE, LocalDate.of(1970, 1, 1),
                    9000);
        }
        officer = "pl-officer-" + unitA;
        accounts.create(new NewAccount(officer, officer, "fixture-pass-2025", Set.of(Role.UNIT_OFFICER), unitA, false));
        if (!accounts.exists("pl-reviewer")) {
            accounts.create(new NewAccount("pl-reviewer", "pl-reviewer", "fixture-pass-2025", Set.of(Role.REVIEWER),
                    null, false));
        }
    }

    @Test
    void theSecondPageHoldsTheLastNamesAndTheTotalIsShown() throws Exception {
        String first = page("pl-reviewer", get("/people").param("q", tag).param("unitId", String.valueOf(unitA)));
        assertThat(first).contains("共 22 条");
        assertThat(names(first)).hasSize(20).startsWith("A", "B");
        String second = page("pl-reviewer", get("/people").param("q", tag).param("unitId", String.valueOf(unitA))
                .param("page", "2"));
        assertThat(names(second)).containsExactly("U", "V");
        assertThat(second).contains("第 21–22 条");
    }

    @Test
    void sortsByNameBothWaysAndByUnit() throws Exception {
        assertThat(names(page("pl-reviewer", get("/people").param("q", tag).param("sort", "name").param("dir", "desc"))))
                .startsWith("ZC", "ZB", "ZA", "V");
        assertThat(names(page("pl-reviewer", get("/people").param("q", tag).param("sort", "unit").param("dir", "desc"))))
                .startsWith("ZC", "ZB", "ZA", "V");
        assertThat(names(page("pl-reviewer", get("/people").param("q", tag).param("sort", "unit").param("dir", "asc"))))
                .startsWith("A", "B", "C");
    }

    @Test
    void theUnitFilterNarrowsAndAnOfficerSeesOnlyTheirOwnUnit() throws Exception {
        assertThat(page("pl-reviewer", get("/people").param("q", tag).param("unitId", String.valueOf(unitB))))
                .contains("共 3 条");
        assertThat(page(officer, get("/people").param("q", tag))).contains("共 22 条");
        assertThat(page(officer, get("/people").param("q", tag).param("unitId", String.valueOf(unitB))))
                .contains("共 0 条");
        byte[] other = mvc.perform(get("/people.xlsx").param("q", tag).param("unitId", String.valueOf(unitB))
                .with(as(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ExcelRows.of(other)).hasSize(2);
    }

    @Test
    void theExportHoldsExactlyThePeopleFoundOnEveryPageWithMaskedNumbers() throws Exception {
        String page = page(officer, get("/people").param("q", tag).param("sort", "name").param("dir", "desc"));
        assertThat(page).contains("/people.xlsx?q=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8)
                + "&amp;sort=name&amp;dir=desc");
        byte[] xlsx = mvc.perform(get("/people.xlsx").param("q", tag).param("sort", "name").param("dir", "desc")
                .with(as(officer))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store")).andReturn().getResponse()
                .getContentAsByteArray();
        List<List<String>> sheet = ExcelRows.of(xlsx);
        assertThat(sheet.get(0).get(0)).isEqualTo("人员");
        List<List<String>> rows = sheet.subList(2, sheet.size());
        assertThat(rows).hasSize(22).allSatisfy(r -> {
            assertThat(r.get(1)).matches("\\d{4}\\*{10}\\d{3}[\\dX]");
            assertThat(r.get(3)).isEqualTo("人员列表A" + tag);
        });
        assertThat(rows.get(0).get(0)).isEqualTo(tag + "V");
        assertThat(audit.latest(officer, "person", "", 1)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("22 people; q=" + tag));
    }

    @Test
    void anInvalidParameterGetsTheBadRequestPage() throws Exception {
        assertThat(bad(get("/people").param("unitId", "abc"))).contains("编号“abc”（unitId）无效");
        assertThat(bad(get("/people").param("size", "25"))).contains("每页条数“25”无效");
        assertThat(bad(get("/people.xlsx").param("page", "x"))).contains("页码“x”无效");
        assertThat(bad(get("/people").param("sort", "id_number_enc"))).contains("不能按“id_number_enc”排序");
    }

    @Test
    void theLiveSearchAnswersTheResultsWithTheirPager() throws Exception {
        String results = mvc.perform(get("/people").param("q", tag).header("HX-Request", "true").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).contains("共 22 条", "pagination").doesNotContain("<nav class=\"navbar");
        mvc.perform(get("/people.xlsx").with(user("x").roles("FINANCE"))).andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String bad(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("pl-reviewer"))).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition")).andReturn().getResponse().getContentAsString();
    }

    /** The letters after the tag of the people named on the page, in order. */
    private List<String> names(String html) {
        return Pattern.compile(">" + tag + "([A-Z]{1,2})<").matcher(html).results().map(m -> m.group(1)).toList();
    }
}
