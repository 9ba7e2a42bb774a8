package cn.jiangxin.eligibility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@JiangxinTest
@TestPropertySource(properties = "jiangxin.eligibility-api.public=true")
@DirtiesContext
class EligibilityApiContractTest {

    static final String URL = "/api/v1/eligibility/evaluations";
    static final String EXAMPLE = """
            {
              "asOf": "2026-05-01",
              "person": { "idNumber": "110105199003071247", "retirementCategory": "FEMALE_55" },
              "affiliation": { "kind": "EMPLOYER", "districtCode": "110105" },
              "recommendedByAffiliation": true,
              "achievements": [
                { "type": "COMPETITION", "competition": "WORLDSKILLS", "place": 1, "date": "2024-09-15" },
                { "type": "HONOR", "honor": "BEIJING_TECHNICIAN_ALLOWANCE", "date": "2023-01-10" },
                { "type": "STUDIO_LEADER", "level": "CHAOYANG", "date": "2022-06-01" }
              ]
            }""";

    @Autowired
    MockMvc mvc;

    ResultActions send(String json) throws Exception {
        return mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String request(String person, String district, boolean recommended, String achievements) {
        return "{\"asOf\":\"2026-05-01\",\"person\":" + person + ",\"affiliation\":{\"kind\":\"EMPLOYER\",\"districtCode\":\""
                + district + "\"},\"recommendedByAffiliation\":" + recommended + ",\"achievements\":[" + achievements + "]}";
    }

    static String man1990() {
        return "{\"idNumber\":\"" + IdNumbers.man(LocalDate.of(1990, 3, 7)) + "\"}";
    }

    static String worldSkills(int place) {
        return "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":" + place + ",\"date\":\"2024-09-15\"}";
    }

    void problem422(String json, String field) throws Exception {
        send(json).andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value(containsString(field)))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void theContractsExampleIsEligibleWithEveryFieldAsSpecified() throws Exception {
        send(EXAMPLE).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.asOf").value("2026-05-01"))
                .andExpect(jsonPath("$.policyVersion").value("chaoyang-2025-draft"))
                .andExpect(jsonPath("$.checks", hasSize(4)))
                .andExpect(jsonPath("$.checks[0].rule").value("WORKING_AGE"))
                .andExpect(jsonPath("$.checks[1].rule").value("AFFILIATION"))
                .andExpect(jsonPath("$.checks[2].rule").value("RECOMMENDATION"))
                .andExpect(jsonPath("$.checks[3].rule").value("QUALIFYING_ACHIEVEMENT"))
                .andExpect(jsonPath("$.checks[*].passed").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.checks[0].reason").value("按您所选类别，法定退休日期为2048年3月7日；测评日2026年5月1日在法定劳动年龄内"))
                .andExpect(jsonPath("$.checks[1].reason").value(containsString("单位在朝阳区")))
                .andExpect(jsonPath("$.matchedCriteria", hasSize(3)))
                .andExpect(jsonPath("$.matchedCriteria[0]").value("C1_COMPETITION"))
                .andExpect(jsonPath("$.matchedCriteria[1]").value("C2_HONOR"))
                .andExpect(jsonPath("$.matchedCriteria[2]").value("C3_STUDIO_LEADER"))
                .andExpect(jsonPath("$.retirementDate").value("2048-03-07"))
                .andExpect(jsonPath("$.entitlements", hasSize(12)))
                .andExpect(jsonPath("$.entitlements[0].code").value("WORLDSKILLS_GOLD_REWARD_PERSON"))
                .andExpect(jsonPath("$.entitlements[0].amountFen").value(10000000))
                .andExpect(jsonPath("$.entitlements[0].validUntil").value("2028-04-30"))
                .andExpect(jsonPath("$.entitlements[1].code").value("WORLDSKILLS_GOLD_REWARD_TRAINING_UNIT"))
                .andExpect(jsonPath("$.entitlements[1].amountFen").value(10000000))
                .andExpect(jsonPath("$.entitlements[2].code").value("PRIORITY_RECOMMENDATION"))
                .andExpect(jsonPath("$.entitlements[2].amountFen").doesNotExist())
                .andExpect(jsonPath("$.entitlements[2].article").value("第四条第（二）项"))
                .andExpect(jsonPath("$.entitlements[8].code").value("HEALTH_CHECKUP"))
                .andExpect(jsonPath("$.entitlements[8].quotaPerYear").value(1))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void twoGoldMedalsGiveTheRewardTwiceAndOtherPlacesNone() throws Exception {
        send(request(man1990(), "110105", true, worldSkills(1) + "," + worldSkills(1) + "," + worldSkills(2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entitlements[?(@.code=='WORLDSKILLS_GOLD_REWARD_PERSON')]", hasSize(2)))
                .andExpect(jsonPath("$.entitlements[?(@.code=='WORLDSKILLS_GOLD_REWARD_TRAINING_UNIT')]", hasSize(2)));
        send(request(man1990(), "110105", true, worldSkills(3)))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.entitlements[?(@.amountFen)]", hasSize(0)))
                .andExpect(jsonPath("$.entitlements", hasSize(10)));
    }

    @ParameterizedTest
    @CsvSource({"1,true", "2,true", "3,true", "4,false"})
    void worldSkillsPlacesOneToThreeQualify(int place, boolean eligible) throws Exception {
        send(request(man1990(), "110105", true, worldSkills(place)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(eligible))
                .andExpect(jsonPath("$.checks[3].passed").value(eligible))
                .andExpect(jsonPath("$.matchedCriteria", hasSize(eligible ? 1 : 0)));
    }

    @Test
    void aFailedCheckStillListsMatchedCriteriaButNoEntitlements() throws Exception {
        send(request(man1990(), "110108", false, worldSkills(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.checks[1].passed").value(false))
                .andExpect(jsonPath("$.checks[1].reason").value("单位所在区县代码为110108（不在朝阳区），不符合第三条“在本辖区内”的要求"))
                .andExpect(jsonPath("$.checks[2].passed").value(false))
                .andExpect(jsonPath("$.matchedCriteria[0]").value("C1_COMPETITION"))
                .andExpect(jsonPath("$.retirementDate").value("2053-03-07"))
                .andExpect(jsonPath("$.entitlements", hasSize(0)));
    }

    @Test
    void noAchievementIsNotEligible() throws Exception {
        send(request(man1990(), "110105", true, ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.checks[3].passed").value(false))
                .andExpect(jsonPath("$.matchedCriteria", hasSize(0)));
    }

    @Test
    void aMansCategoryIsIgnoredAndLowerCaseXAndSpacesAreAccepted() throws Exception {
        String full = IdNumbers.of(IdNumbers.AREA, LocalDate.of(1990, 3, 7), "001");
        send(request("{\"idNumber\":\"  " + full.toLowerCase() + " \",\"retirementCategory\":\"FEMALE_50\"}", "110105", true, worldSkills(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retirementDate").value("2053-03-07"));
    }

    @Test
    void asOfDefaultsToTodayInShanghai() throws Exception {
        String json = request(man1990(), "110105", true, worldSkills(1)).replace("\"asOf\":\"2026-05-01\",", "");
        send(json).andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
    }

    @Test
    void aWomanWithoutCategoryOrWithTheMensCategoryIs422() throws Exception {
        String woman = IdNumbers.woman(LocalDate.of(1990, 3, 7));
        problem422(request("{\"idNumber\":\"" + woman + "\"}", "110105", true, worldSkills(1)), "person.retirementCategory");
        problem422(request("{\"idNumber\":\"" + woman + "\",\"retirementCategory\":null}", "110105", true, ""), "person.retirementCategory");
        problem422(request("{\"idNumber\":\"" + woman + "\",\"retirementCategory\":\"MALE_60\"}", "110105", true, ""), "person.retirementCategory");
    }

    @Test
    void invalidIdNumbersAre422NamingTheField() throws Exception {
        problem422(request("{\"idNumber\":\"110105199003071248\"}", "110105", true, ""), "person.idNumber");
        problem422(request("{\"idNumber\":\"11010519900307124\"}", "110105", true, ""), "person.idNumber");
        problem422(request("{\"idNumber\":\"110105199002301245\"}", "110105", true, ""), "person.idNumber");
        problem422(request("{\"idNumber\":12345}", "110105", true, ""), "person.idNumber");
        problem422(request("{}", "110105", true, ""), "person.idNumber");
        send(request("{\"idNumber\":\"110105199003071248\"}", "110105", true, ""))
                .andExpect(jsonPath("$.detail").value(containsString("校验位")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":0,\"date\":\"2024-09-15\"}|achievements[0].place",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":-1,\"date\":\"2024-09-15\"}|achievements[0].place",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":\"1\",\"date\":\"2024-09-15\"}|achievements[0].place",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":1.5,\"date\":\"2024-09-15\"}|achievements[0].place",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":99999999999999999999999,\"date\":\"2024-09-15\"}|achievements[0].place",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"date\":\"2024-09-15\"}|achievements[0].place",
        "{\"type\":\"COMPETITION\",\"competition\":\"OLYMPICS\",\"place\":1,\"date\":\"2024-09-15\"}|achievements[0].competition",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":1,\"date\":\"2025-02-30\"}|achievements[0].date",
        "{\"type\":\"COMPETITION\",\"competition\":\"WORLDSKILLS\",\"place\":1}|achievements[0].date",
        "{\"type\":\"MEDAL\",\"date\":\"2024-09-15\"}|achievements[0].type",
        "{\"type\":\"HONOR\",\"honor\":\"NOBEL_PRIZE\",\"date\":\"2024-09-15\"}|achievements[0].honor",
        "{\"type\":\"HONOR\",\"date\":\"2024-09-15\"}|achievements[0].honor",
        "{\"type\":\"STUDIO_LEADER\",\"level\":\"DISTRICT\",\"date\":\"2024-09-15\"}|achievements[0].level",
        "[1]|achievements[0]",
        "null|achievements[0]"
    })
    void badAchievementsAre422NamingTheField(String achievement, String field) throws Exception {
        problem422(request(man1990(), "110105", true, achievement), field);
    }

    @Test
    void badTopLevelFieldsAre422NamingTheField() throws Exception {
        String ok = request(man1990(), "110105", true, worldSkills(1));
        problem422(ok.replace("\"EMPLOYER\"", "\"FACTORY\""), "affiliation.kind");
        problem422(ok.replace("\"110105\"}", "\"11010\"}"), "affiliation.districtCode");
        problem422(ok.replace("\"recommendedByAffiliation\":true", "\"recommendedByAffiliation\":\"yes\""), "recommendedByAffiliation");
        problem422(ok.replace("\"recommendedByAffiliation\":true,", ""), "recommendedByAffiliation");
        problem422(ok.replace("\"achievements\":[" + worldSkills(1) + "]", "\"achievements\":{}"), "achievements");
        problem422(ok.replace(",\"achievements\":[" + worldSkills(1) + "]", ""), "achievements");
        problem422(ok.replace("2026-05-01", "2026-13-01"), "asOf");
        problem422(ok.replace("\"person\":" + man1990(), "\"person\":[]"), "person");
        problem422(ok.replace("\"affiliation\":{\"kind\":\"EMPLOYER\",\"districtCode\":\"110105\"},", ""), "affiliation");
        problem422("[]", "body");
        problem422("null", "body");
        problem422("", "body");
        problem422("\"text\"", "body");
    }

    @Test
    void noVersionInForceIs422SayingSo() throws Exception {
        send(request(man1990(), "110105", true, worldSkills(1)).replace("2026-05-01", "2025-03-10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("没有生效的政策版本")));
        send(request(man1990(), "110105", true, worldSkills(1)).replace("2026-05-01", "2025-03-11"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policyVersion").value("chaoyang-2025-draft"));
    }

    @Test
    void onlyTextThatIsNotJsonIs400() throws Exception {
        for (String bad : new String[] {"{", "{\"asOf\": }", "not json", "{\"a\":1}}"}) {
            send(bad).andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("JSON")));
        }
    }

    @Test
    void otherContentTypesAre415() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.TEXT_PLAIN).content(EXAMPLE))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post(URL).content(EXAMPLE)).andExpect(status().is(not(500)));
    }

    @Test
    void theOpenApiDescriptionDescribesTheEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/eligibility/evaluations'].post").exists())
                .andExpect(jsonPath("$.components.schemas.EligibilityEvaluation.properties.matchedCriteria").exists())
                .andExpect(jsonPath("$.components.schemas.EligibilityEvaluationRequest.properties.person").exists());
    }
}
