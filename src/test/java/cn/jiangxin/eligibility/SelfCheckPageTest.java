package cn.jiangxin.eligibility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import cn.jiangxin.testsupport.IdNumbers;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@JiangxinTest
class SelfCheckPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneCanOpenThePage() throws Exception {
        mvc.perform(get("/self-check")).andExpect(status().isOk())
                .andExpect(content().string(containsString("自助测评")))
                .andExpect(content().string(containsString("北京市政府技师特殊津贴人员")));
    }

    @Test
    void aPlainFormPostShowsTheDecisionWithEveryReasonAndStoresNothing() throws Exception {
        mvc.perform(post("/self-check").with(csrf())
                        .param("identity", "ID").param("idNumber", IdNumbers.woman(LocalDate.of(1990, 3, 7)))
                        .param("category", "FEMALE_55").param("asOf", "2026-05-01")
                        .param("kind", "EMPLOYER").param("districtCode", "110105").param("recommended", "true")
                        .param("achievements[0].type", "COMPETITION").param("achievements[0].competition", "WORLDSKILLS")
                        .param("achievements[0].place", "1").param("achievements[0].date", "2024-09-15")
                        .param("action", "evaluate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("符合高技能领军人才条件")))
                .andExpect(content().string(containsString("法定退休日期为2048年3月7日")))
                .andExpect(content().string(containsString("100,000.00元")));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("SELECT COUNT(*) FROM eligibility_decision").query(Long.class).single()).isZero();
    }

    @Test
    void withABirthDateTheSexMustBeChosenAndAWomanNeedsACategory() throws Exception {
        mvc.perform(post("/self-check").with(csrf()).param("identity", "BIRTH").param("birthDate", "1990-03-07")
                        .param("kind", "EMPLOYER").param("districtCode", "110105").param("action", "evaluate"))
                .andExpect(content().string(containsString("用出生日期测评时须选择性别")))
                .andExpect(content().string(not(containsString("id=\"result\""))));
        mvc.perform(post("/self-check").with(csrf()).param("identity", "BIRTH").param("birthDate", "1990-03-07")
                        .param("sex", "FEMALE").param("kind", "EMPLOYER").param("districtCode", "110105")
                        .param("action", "evaluate"))
                .andExpect(content().string(containsString("女性须选择退休类别")));
        mvc.perform(post("/self-check").with(csrf()).param("identity", "BIRTH").param("birthDate", "1960-01-01")
                        .param("sex", "MALE").param("kind", "EMPLOYER").param("districtCode", "110108")
                        .param("asOf", "2026-05-01").param("action", "evaluate"))
                .andExpect(content().string(containsString("暂不符合")))
                .andExpect(content().string(containsString("110108（不在朝阳区）")));
    }

    @Test
    void notEligibleSaysWhatWouldMeetEachFailedConditionAndWhomToAsk() throws Exception {
        String page = mvc.perform(post("/self-check").with(csrf())
                        .param("identity", "ID").param("idNumber", IdNumbers.woman(LocalDate.of(1990, 3, 7)))
                        .param("category", "FEMALE_55").param("asOf", "2026-05-01")
                        .param("kind", "EMPLOYER").param("districtCode", "110105")
                        .param("achievements[0].type", "COMPETITION").param("achievements[0].competition", "NATIONAL")
                        .param("achievements[0].place", "5").param("achievements[0].date", "2024-09-15")
                        .param("action", "evaluate"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("id=\"advice\"", "怎样才能符合条件", "须经所在院校或单位推荐", "世界技能大赛前3名",
                        "北京市职业技能大赛第一名", "中华技能大奖", "国家级、北京市、朝阳区技能大师工作室领办人", "010-65090443")
                .doesNotContain("须在朝阳区内的院校学习", "法定劳动年龄内的人员；");
        mvc.perform(post("/self-check").with(csrf()).param("lang", "en")
                        .param("identity", "ID").param("idNumber", IdNumbers.woman(LocalDate.of(1990, 3, 7)))
                        .param("category", "FEMALE_55").param("asOf", "2026-05-01")
                        .param("kind", "EMPLOYER").param("districtCode", "110108").param("recommended", "true")
                        .param("action", "evaluate"))
                .andExpect(content().string(containsString("What would make you eligible")))
                .andExpect(content().string(containsString("work for an employer, public institution")))
                .andExpect(content().string(containsString("top 3 at the WorldSkills Competition")));
    }

    @Test
    void rowsAreAddedAndRemoved() throws Exception {
        mvc.perform(post("/self-check").with(csrf()).param("achievements[0].type", "HONOR").param("action", "add"))
                .andExpect(content().string(containsString("id=\"achievement-1\"")));
        mvc.perform(post("/self-check").with(csrf()).param("achievements[0].type", "HONOR")
                        .param("achievements[1].type", "").param("action", "remove-0"))
                .andExpect(content().string(not(containsString("id=\"achievement-1\""))));
    }

    @Test
    void englishIsOffered() throws Exception {
        mvc.perform(get("/self-check").param("lang", "en")).andExpect(content().string(containsString("Self-check")));
    }
}
