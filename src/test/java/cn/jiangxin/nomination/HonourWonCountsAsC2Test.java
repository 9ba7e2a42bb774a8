package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.eligibility.domain.Criterion;
import cn.jiangxin.eligibility.domain.Evaluation;
import cn.jiangxin.eligibility.domain.RuleDecision;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An honour won in a selection round is an achievement on the person's record: a form of the person that listed no
 * qualifying achievement is evaluated, after the award, as meeting art. 3 item (二) (C2) with the honour and its date,
 * and the certification of the case rests on it too. The round is run through its pages, as staff and the unit do.
 */
@JiangxinTest
class HonourWonCountsAsC2Test {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired CaseEligibility eligibility;
    @Autowired CaseClosing closing;
    @Autowired JdbcClient jdbc;

    private Evaluation evaluate(CurrentUser officer, long caseId) {
        NominationView n = nominations.requireVisible(officer, caseId);
        return eligibility.asFilled(n, n.draft(), true).evaluation();
    }

    /** The decision of one rule in the evaluation (the C3 test asks it too). */
    static RuleDecision check(Evaluation e, String rule) {
        return e.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void anHonourWonInARoundIsAC2AchievementInTheNextEvaluation() throws Exception {
        CurrentUser officer = staff.officer();
        String trade = "荣誉测试工种" + UUID.randomUUID().toString().substring(0, 6);
        long person = TestPeople.register(people, officer, "荣誉获评人", Sex.MALE);
        long caseId = nominations.open(officer, person);
        nominations.save(officer, caseId, new NominationDraft("汉族", "群众", "大学专科", trade, SkillLevel.LEVEL_1,
                List.of(new Achievement(0, Achievement.Kind.COMPETITION, Competition.NATIONAL, 5, null, null,
                        LocalDate.of(2025, 9, 20), "全国职业技能大赛第五名")), "长期从事本职业工作", "同意推荐", null, null));
        Evaluation before = evaluate(officer, caseId);
        assertThat(check(before, "QUALIFYING_ACHIEVEMENT").passed()).isFalse();
        assertThat(before.matchedCriteria()).doesNotContain(Criterion.C2_HONOR);

        LocalDate today = nominations.requireVisible(officer, caseId).createdAt()
                .atZone(cn.jiangxin.platform.BeijingTime.ZONE).toLocalDate();
        String round = mvc.perform(post("/selection").with(csrf()).with(staff.as(Staff.POLICY))
                        .param("purpose", "STATE_COUNCIL_ALLOWANCE").param("year", String.valueOf(today.getYear()))
                        .param("places", "1").param("trades", trade).param("proposalsOpen", today.toString())
                        .param("proposalsClose", today.plusDays(7).toString())
                        .param("decideOn", today.plusDays(30).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(round).matches("/selection/\\d+");
        mvc.perform(post(round + "/proposals").with(csrf()).with(staff.as(Staff.OFFICER))
                        .param("personId", String.valueOf(person)).param("trade", trade).param("skillLevel", "LEVEL_1")
                        .param("reason", "技艺精湛，带徒众多"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(round).with(staff.as(Staff.OFFICER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("荣誉获评人", "单位推荐");
        mvc.perform(post(round + "/end-proposals").with(csrf()).with(staff.as(Staff.POLICY)))
                .andExpect(status().is3xxRedirection());
        long roundId = Long.parseLong(round.substring("/selection/".length()));
        long candidate = jdbc.sql("SELECT id FROM selection_candidate WHERE round_id = ? AND person_id = ?")
                .params(roundId, person).query(Long.class).single();
        mvc.perform(post("/selection/candidates/" + candidate + "/decision").with(csrf()).with(staff.as(Staff.POLICY))
                .param("decision", "RECOMMENDED")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/selection/candidates/" + candidate + "/result").with(csrf()).with(staff.as(Staff.POLICY))
                .param("result", "AWARDED").param("on", today.toString())).andExpect(status().is3xxRedirection());

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> check(evaluate(officer, caseId), "QUALIFYING_ACHIEVEMENT").passed());
        Evaluation after = evaluate(officer, caseId);
        assertThat(after.matchedCriteria()).contains(Criterion.C2_HONOR);
        assertThat(check(after, "QUALIFYING_ACHIEVEMENT").reason()).contains("国务院政府特殊津贴");
        assertThat(closing.qualifyingOf(nominations.requireVisible(officer, caseId)))
                .anySatisfy(a -> {
                    assertThat(a.honour()).isEqualTo("STATE_COUNCIL_ALLOWANCE");
                    assertThat(a.achievedOn()).isEqualTo(today);
                });
    }
}
