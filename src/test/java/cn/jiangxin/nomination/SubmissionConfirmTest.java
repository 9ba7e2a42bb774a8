package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.notice.NoticeBoard;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Redirects;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Submitting a case asks first: the confirmation shows what goes to the Bureau and what follows, and submits nothing;
 * confirming submits exactly once, however often it is sent; the page after it says what happens next.
 */
@JiangxinTest
class SubmissionConfirmTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired CaseReview review;
    @Autowired NoticeBoard board;

    private long ready(String name) {
        CurrentUser officer = staff.officer();
        return new Cases(nominations, uploads, review, board).ready(officer,
                TestPeople.register(people, officer, name, Sex.FEMALE));
    }

    @Test
    void theConfirmationShowsTheCaseAndWhatFollowsAndSubmitsNothing() throws Exception {
        long id = ready("确认甲");
        Document page = page(get("/nominations/{id}/submit", id));
        assertThat(page.getElementById("submit-summary").text()).contains("确认甲", Staff.UNIT,
                "全国职业技能大赛 第2名", "证明材料1份；签字盖章的推荐表扫描件已上传");
        assertThat(page.getElementById("submit-consequences").text()).contains("送区人力社保局初审",
                "10个工作日内完成初审", "不能再修改", "如被退回", "开通平台账号");
        assertThat(page.select("#confirm-form input[name=steps]").val()).isEqualTo("0");
        assertThat(page.getElementById("confirm-back").attr("href")).isEqualTo("/nominations/" + id + "/edit");
        assertThat(nominations.requireVisible(staff.officer(), id).state()).isEqualTo(NominationState.DRAFT);

        Document english = page(get("/nominations/{id}/submit", id).param("lang", "en"));
        assertThat(english.getElementById("submit-consequences").text()).contains("within 10 working days");
        assertThat(english.html()).doesNotContain("??");
    }

    @Test
    void aCaseThatLacksSomethingSaysWhatAndOffersNoConfirmation() throws Exception {
        long id = nominations.open(staff.officer(), TestPeople.register(people, staff.officer(), "确认乙", Sex.MALE));
        Document page = page(get("/nominations/{id}/submit", id));
        assertThat(page.getElementById("gaps").text()).contains("请选择民族", "请上传签字盖章后的推荐表扫描件");
        assertThat(page.getElementById("confirm-submit")).isNull();
    }

    @Test
    void savingWithSubmitGoesToTheConfirmation() throws Exception {
        long id = ready("确认丙");
        mvc.perform(post("/nominations/{id}", id).param("after", "submit").param("ethnicity", "汉族")
                        .with(csrf()).with(staff.as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/" + id + "/submit"));
    }

    @Test
    void confirmingSubmitsOnceAndARepeatAnswersTheSameWithoutSubmittingAgain() throws Exception {
        long id = ready("确认丁");
        MvcResult first = confirm(id, 0).andExpect(redirectedUrl("/nominations/" + id + "/submitted"))
                .andExpect(flash().attributeExists(NominationPages.TALENT_CREDENTIALS)).andReturn();
        Document after = Jsoup.parse(Redirects.follow(mvc, first, staff.as(Staff.OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(after.getElementById("submitted-message").text()).contains("确认丁", "已于", "提交区人力社保局");
        assertThat(after.getElementById("next-steps").text()).contains("10个工作日内完成初审", "本单位经办人会收到站内通知",
                "如被退回");
        assertThat(after.getElementById("talent-password").text()).as("the one-time password, once").isNotBlank();

        confirm(id, 0).andExpect(redirectedUrl("/nominations/" + id + "/submitted"))
                .andExpect(flash().attributeCount(0));
        NominationView n = nominations.requireVisible(staff.officer(), id);
        assertThat(n.state()).isEqualTo(NominationState.SUBMITTED);
        assertThat(n.history()).extracting(Transition::action).containsExactly(NominationAction.SUBMIT);

        Document again = page(get("/nominations/{id}/submitted", id));
        assertThat(again.getElementById("submitted-message").text()).contains("提交区人力社保局");
        assertThat(again.getElementById("talent-credentials")).isNull();
        assertThat(page(get("/nominations/{id}/submitted", id).param("lang", "en")).html()).doesNotContain("??");
    }

    @Test
    void aConfirmationOfACaseThatMovedSinceIsRefusedAndOnceTheBureauActsThePagesLeadToTheCase() throws Exception {
        long id = ready("确认戊");
        confirm(id, 0).andExpect(redirectedUrl("/nominations/" + id + "/submitted"));
        nominations.act(staff.reviewer(), id, NominationAction.TAKE, null);
        mvc.perform(get("/nominations/{id}/submitted", id).with(staff.as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/" + id));
        nominations.act(staff.reviewer(), id, NominationAction.RETURN, "请补充");

        confirm(id, 0).andExpect(status().isUnprocessableEntity());
        assertThat(nominations.requireVisible(staff.officer(), id).state()).isEqualTo(NominationState.RETURNED);
        assertThat(page(get("/nominations/{id}/submit", id)).select("#confirm-form input[name=steps]").val())
                .isEqualTo("3");
        confirm(id, 3).andExpect(redirectedUrl("/nominations/" + id + "/submitted"));
        assertThat(nominations.requireVisible(staff.officer(), id).state()).isEqualTo(NominationState.SUBMITTED);
        mvc.perform(get("/nominations/{id}/submit", id).with(staff.as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/" + id));
    }

    @Test
    void anotherUnitsOfficerFindsNothing() throws Exception {
        long id = ready("确认己");
        for (String path : new String[] {"/nominations/{id}/submit", "/nominations/{id}/submitted"}) {
            mvc.perform(get(path, id).with(staff.as(Staff.OFFICER2))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/nominations/{id}/submit", id).param("steps", "0").with(csrf()).with(staff.as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        assertThat(nominations.requireVisible(staff.officer(), id).state()).isEqualTo(NominationState.DRAFT);
    }

    private ResultActions confirm(long id, int steps) throws Exception {
        return mvc.perform(post("/nominations/{id}/submit", id).param("steps", String.valueOf(steps))
                .with(csrf()).with(staff.as(Staff.OFFICER)));
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return Jsoup.parse(mvc.perform(request.with(staff.as(Staff.OFFICER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
