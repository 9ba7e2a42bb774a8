package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A reviewer's case page in words: the case number, the policy version's title, and unverified is not "none". */
@JiangxinTest
class CaseDetailWordsTest {

    @Autowired MockMvc mvc;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired CaseReview review;
    @Autowired NoticeBoard board;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired PolicyVersions versions;
    @Autowired java.time.Clock clock;

    @Test
    void theReviewerSeesTheNumberTheVersionTitleAndThatAchievementsWaitForVerification() throws Exception {
        CurrentUser officer = staff.officer();
        Cases cases = new Cases(nominations, uploads, review, board);
        long id = cases.ready(officer, TestPeople.register(people, officer, "詹文博", Sex.MALE), Cases.complete());
        cases.submit(officer, id);
        nominations.act(staff.reviewer(), id, NominationAction.TAKE, null);
        NominationView n = nominations.requireVisible(staff.reviewer(), id);

        String page = mvc.perform(get("/nominations/" + id).with(staff.as(Staff.REVIEWER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String version = versions.inForceOn(java.time.LocalDate.now(clock)).orElseThrow().title();
        assertThat(page).contains(CaseNumber.of(n).toString(), "尚未核实：核实后才计入测评", version)
                .doesNotContain("未填写任何成绩", "区县代码为110105");
        assertThat(page).contains("class=\"jx-crumbs\"", "href=\"/nominations\"");
    }
}
