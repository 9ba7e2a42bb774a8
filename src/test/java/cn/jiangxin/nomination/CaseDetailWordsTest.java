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
        assertThat(page).contains(CaseNumber.of(n).toString(), "待核实：核实后才计入测评", version)
                .doesNotContain("未填写任何成绩", "区县代码为110105");
        assertThat(page).contains("class=\"jx-crumbs\"", "href=\"/nominations\"");

        var panel = org.jsoup.Jsoup.parse(page).getElementById("eligibility-result");
        assertThat(panel.getElementById("check-QUALIFYING_ACHIEVEMENT").text())
                .as("not yet verified is pending, not failed").startsWith("○ 符合条件之一：待核实")
                .contains("这不表示没有业绩").doesNotContain("✗");
        assertThat(panel.getElementById("decision").text()).isEqualTo("待定：其他条件均已符合");
        assertThat(panel.text()).contains("被推荐人的法定退休日期").doesNotContain("您");
    }

    @Test
    void theOfficersPanelSpeaksOfTheNomineeAndTheStampedFormIsPendingUntilUploaded() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "詹文秀", Sex.FEMALE));
        nominations.save(officer, id, Cases.complete());

        var panel = org.jsoup.Jsoup.parse(mvc.perform(get("/nominations/{id}/edit", id).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .getElementById("eligibility-result");
        assertThat(panel.getElementById("check-RECOMMENDATION").text())
                .startsWith("○ 所在院校或单位推荐：待上传盖章推荐表").contains("扫描上传").doesNotContain("尚未经");
        assertThat(panel.getElementById("decision").text()).isEqualTo("待定：其他条件均已符合");
        assertThat(panel.text()).contains("被推荐人的法定退休日期", "按所选退休类别").doesNotContain("您");

        uploads.upload(officer, id, cn.jiangxin.evidence.FileCategory.STAMPED_FORM, null,
                cn.jiangxin.testsupport.PdfBytes.upload("推荐表.pdf", "application/pdf"));
        String english = mvc.perform(get("/nominations/{id}/edit", id).param("lang", "en").with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        panel = org.jsoup.Jsoup.parse(english).getElementById("eligibility-result");
        assertThat(panel.getElementById("check-RECOMMENDATION").text()).startsWith("✓");
        assertThat(panel.getElementById("decision").text()).isEqualTo("The nominee meets the conditions of a leading skilled talent");
        assertThat(panel.text()).contains("the nominee's statutory retirement date");
    }
}
