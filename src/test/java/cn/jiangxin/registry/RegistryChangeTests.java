package cn.jiangxin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.unit.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Submitting forms and API requests: refusals name the problem, and a refused submit saves nothing. */
@JiangxinTest
class RegistryChangeTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Units units;
    @Autowired People people;
    @Autowired AccountRegistry accounts;
    @Autowired JdbcClient jdbc;

    RegistryFixture fixture;

    @BeforeEach
    void load() {
        fixture = RegistryFixture.load(units, people, accounts);
    }

    @Test
    void aUnitWithAWrongCheckCharacterIsRefusedNextToTheFieldAndNotSaved() throws Exception {
        long before = count("unit");
        mvc.perform(as("t-admin", post("/units")).param("name", "北京测试有限公司").param("kind", "EMPLOYER")
                        .param("creditCode", "91350100M000100Y44").param("districtCode", "110105")
                        .param("address", "北京市朝阳区某路1号").param("contactName", "王五").param("contactPhone", "12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误：第18位应为3，请核对代码")))
                .andExpect(content().string(containsString("联系电话应为11位手机号码")));
        assertThat(count("unit")).isEqualTo(before);
    }

    @Test
    void theAdministratorRegistersAUnitAndADuplicateCodeIsRefused() throws Exception {
        String created = mvc.perform(as("t-admin", post("/units")).param("name", "北京测试精工有限公司").param("kind", "EMPLOYER")
                        .param("creditCode", " 91350100m000100y43 ").param("districtCode", "110108")
                        .param("address", "北京市海淀区某路1号").param("contactName", "王五").param("contactPhone", "13800138000"))
                .andExpect(redirectedUrlPattern("/units/*")).andReturn().getResponse().getRedirectedUrl();
        String unitPage = mvc.perform(as("t-admin", get(created))).andReturn().getResponse().getContentAsString();
        assertThat(unitPage).as("the district in words, its code beside it").contains(">海淀区</span>", "(110108)", "非朝阳区");
        mvc.perform(as("t-admin", post("/units")).param("name", "另一家公司").param("kind", "EMPLOYER")
                        .param("creditCode", "91350100M000100Y43").param("districtCode", "110105")
                        .param("address", "北京市朝阳区某路2号").param("contactName", "赵六").param("contactPhone", "010-65090443"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("统一社会信用代码91350100M000100Y43已被另一个单位登记")));
    }

    @Test
    void theApiAnswersBadUnitsWithProblemJson() throws Exception {
        long before = count("unit");
        mvc.perform(as("t-admin", post("/api/v1/units")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"北京测试有限公司","kind":"EMPLOYER","creditCode":"91350100 M000100Y43",
                         "districtCode":"110105","address":"北京市朝阳区","contactName":"王五","contactPhone":"13800138000"}"""))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("统一社会信用代码中间不能有空格"))
                .andExpect(jsonPath("$.field").value("creditCode"));
        assertThat(count("unit")).isEqualTo(before);
        mvc.perform(as("t-reviewer", post("/api/v1/units")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidIdNumberIsRefusedOnThePageWithItsMessageAndNothingIsSaved() throws Exception {
        long before = count("person");
        mvc.perform(as("t-officer-a", post("/people")).param("name", "王小明").param("idNumber", "110105199002301234")
                        .param("phone", "13800138000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号码中的出生日期19900230不是真实的日期（第7-14位）")));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void theApiAnswersBadPeopleWithProblemJsonAndDuplicatesAreRefused() throws Exception {
        long before = count("person");
        mvc.perform(as("t-officer-a", post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"王小明\",\"idNumber\":\"110105850312123\",\"phone\":\"13800138000\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value("15位旧身份证号码不再受理，请填写18位身份证号码"))
                .andExpect(jsonPath("$.field").value("idNumber"));
        mvc.perform(as("t-officer-a", post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"张伟\",\"idNumber\":\"" + RegistryFixture.ID_A + "\",\"phone\":\"13800138000\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value("该身份证号码的人员已经登记，不能重复登记"));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void anOfficerCannotRegisterOrEditPeopleOfAnotherUnit() throws Exception {
        mvc.perform(as("t-officer-a", post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"王小明\",\"idNumber\":\"110105197011030534\",\"phone\":\"13800138000\",\"unitId\":"
                                + fixture.unitB + "}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.field").value("unitId"));
        mvc.perform(as("t-officer-a", post("/people/" + fixture.personB)).param("name", "改名").param("unitId",
                "" + fixture.unitA)).andExpect(status().isNotFound());
        mvc.perform(as("t-officer-a", post("/units/" + fixture.unitB)).param("name", "改名"))
                .andExpect(status().isNotFound());
        assertThat(people.find(fixture.personB).orElseThrow().name()).isEqualTo("李娜");
    }

    @Test
    void peopleAreFoundByNameByPinyinInitialsAndByFullIdNumberButStayInScope() throws Exception {
        // other tests of this shared context register people named 张伟 too: the fixture's is among those found
        mvc.perform(as("t-admin", get("/api/v1/people").param("q", "zw")))
                .andExpect(jsonPath("$[?(@.id == " + fixture.personA + ")].name").value(org.hamcrest.Matchers.contains("张伟")))
                .andExpect(jsonPath("$[?(@.id == " + fixture.personA + ")].idNumberMasked")
                        .value(org.hamcrest.Matchers.contains("1101**********1234")));
        mvc.perform(as("t-reviewer", get("/api/v1/people").param("q", RegistryFixture.ID_B.toLowerCase())))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].name").value("李娜"));
        mvc.perform(as("t-officer-a", get("/api/v1/people").param("q", RegistryFixture.ID_B)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as("t-officer-a", get("/people").param("q", "李").header("HX-Request", "true")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("people-results")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<nav"))));
    }

    @Test
    void idAndPhoneNumbersAreEncryptedAtRestAndShownMasked() throws Exception {
        String stored = jdbc.sql("SELECT id_number_enc || phone_enc || id_number_index FROM person WHERE id = ?")
                .param(fixture.personA).query(String.class).single();
        assertThat(stored).doesNotContain(RegistryFixture.ID_A).doesNotContain("13800138000").startsWith("k1:");
        mvc.perform(as("t-admin", get("/people/" + fixture.personA)))
                .andExpect(content().string(containsString("1101**********1234")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(RegistryFixture.ID_A))))
                .andExpect(content().string(containsString("138****8000")));
    }

    @Test
    void editingAPersonWithBlankNumbersKeepsTheStoredOnes() throws Exception {
        long id = people.register(RegistryFixture.ROOT, cn.jiangxin.person.PersonDraft.of("赵敏", "110105197011030534",
                "13912345678", fixture.unitA, java.time.LocalDate.of(2026, 11, 25)));
        mvc.perform(as("t-officer-a", post("/people/" + id)).param("name", "赵敏·阿依").param("idNumber", "")
                        .param("phone", "").param("unitId", "" + fixture.unitB))
                .andExpect(redirectedUrlPattern("/people/*"));
        var changed = people.find(id).orElseThrow();
        assertThat(changed.name()).isEqualTo("赵敏·阿依");
        assertThat(changed.idNumber().value()).isEqualTo("110105197011030534");
        assertThat(changed.phone().value()).isEqualTo("13912345678");
        assertThat(changed.unitId()).as("an officer cannot move a person to another unit").isEqualTo(fixture.unitA);
    }

    @Test
    void anOfficerEditsTheirOwnUnit() throws Exception {
        var unit = units.find(fixture.unitA).orElseThrow();
        mvc.perform(as("t-officer-a", post("/units/" + fixture.unitA)).param("name", unit.name())
                        .param("kind", "EMPLOYER").param("creditCode", unit.creditCode().value())
                        .param("districtCode", "110105").param("address", "北京市朝阳区新地址2号")
                        .param("contactName", "新联系人").param("contactPhone", "010 - 65094329"))
                .andExpect(redirectedUrlPattern("/units/*"));
        assertThat(units.find(fixture.unitA).orElseThrow().contactPhone()).isEqualTo("010-65094329");
        mvc.perform(as("t-officer-a", post("/units/" + fixture.unitA)).param("name", unit.name())
                        .param("kind", "FACTORY").param("creditCode", RegistryFixture.CODE_B)
                        .param("districtCode", "11010").param("address", "").param("contactName", "新联系人")
                        .param("contactPhone", "13800138000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择单位类型")))
                .andExpect(content().string(containsString("所在区县代码应为6位数字")))
                .andExpect(content().string(containsString("请填写地址")));
        assertThat(units.find(fixture.unitA).orElseThrow().address()).isEqualTo("北京市朝阳区新地址2号");
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(who))).with(csrf()).accept(MediaType.TEXT_HTML,
                MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    }
}
