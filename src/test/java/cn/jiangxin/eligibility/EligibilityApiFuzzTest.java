package cn.jiangxin.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jiangxin.testsupport.JiangxinTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Whatever a client sends, the evaluation API answers 200, 400, 413 or 422 (never 500), and errors are problem+json.
 * Without JAZZER_FUZZ=1 this replays the seeds in EligibilityApiFuzzTestInputs (tricky JSON); with it, it fuzzes.
 */
@JiangxinTest
@TestPropertySource(properties = "jiangxin.eligibility-api.public=true")
class EligibilityApiFuzzTest {

    @Autowired
    MockMvc mvc;

    @FuzzTest(maxDuration = "60s")
    void requestsNeverCause500(FuzzedDataProvider data) throws Exception {
        boolean structured = data.consumeBoolean();
        String body = structured ? structured(data) : data.consumeRemainingAsString();
        MvcResult result = mvc.perform(post("/api/v1/eligibility/evaluations")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as(body).isIn(200, 400, 413, 422);
        if (status != 200) {
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        }
    }

    /** A request of the right shape whose values come from the fuzzer. */
    private static String structured(FuzzedDataProvider data) {
        return "{\"asOf\":" + value(data) + ",\"person\":{\"idNumber\":" + value(data) + ",\"retirementCategory\":"
                + value(data) + "},\"affiliation\":{\"kind\":" + value(data) + ",\"districtCode\":" + value(data)
                + "},\"recommendedByAffiliation\":" + value(data) + ",\"achievements\":[{\"type\":" + value(data)
                + ",\"competition\":" + value(data) + ",\"place\":" + value(data) + ",\"honor\":" + value(data)
                + ",\"level\":" + value(data) + ",\"date\":" + value(data) + "}]}";
    }

    private static String value(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 6)) {
            case 0: return "null";
            case 1: return Long.toString(data.consumeLong());
            case 2: return Boolean.toString(data.consumeBoolean());
            case 3: return "[]";
            case 4: return "{}";
            case 5: return "\"" + data.pickValue(new String[] {"2024-09-15", "2025-02-30", "110105199003071247",
                    "FEMALE_55", "MALE_60", "EMPLOYER", "110105", "COMPETITION", "WORLDSKILLS", "HONOR",
                    "STUDIO_LEADER", "CHAOYANG", "CHINA_SKILLS_AWARD", "1"}) + "\"";
            default: return "\"" + data.consumeString(30).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
