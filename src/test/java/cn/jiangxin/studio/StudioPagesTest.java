package cn.jiangxin.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.TalentAccounts;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.Breadcrumbs;
import cn.jiangxin.testsupport.ExcelRows;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestTalents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The studio pages as their users reach them: the unit applies on {@code /unit/studios/new} (evidence attached) and
 * sees the application on {@code /unit/studios}; reviewers find it in {@code /studios} (priority first, marked, in
 * the Excel too), the reviewer passes it, the approver names it, the reviewer scores and the approver confirms on the
 * studio's page, which then shows the number, grade and funding in words and yuan; the leader sees the studio on
 * {@code /my/studios}; refusals come back as words on the page; English words; breadcrumbs; others get 404.
 */
@JiangxinTest
class StudioPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Nominations nominations;
    @Autowired Certifications certifications;
    @Autowired TalentAccounts talents;
    @Autowired Studios studios;

    private RequestPostProcessor as(String user) {
        return staff.as(user);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long idOf(String redirect) {
        assertThat(redirect).matches("/studios/\\d+");
        return Long.parseLong(redirect.substring("/studios/".length()));
    }

    @Test
    void aUnitAppliesReviewersNameAndScoreAndEveryoneSeesTheResult() throws Exception {
        CurrentUser officer = staff.officer();
        String trade = "页面工种" + UUID.randomUUID().toString().substring(0, 6);
        long leader = TestTalents.certifiedToday(people, nominations, certifications, officer, "页面领军", trade);
        String form = page("/unit/studios/new", Staff.OFFICER);
        assertThat(Breadcrumbs.problems("/unit/studios/new", form)).isEmpty();
        assertThat(form).contains("页面领军", "技能大师工作室", "职工创新工作室");

        String name = "页面工作室" + trade;
        String redirect = mvc.perform(multipart("/unit/studios").file(new MockMultipartFile("evidence", "方案.pdf",
                        "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes())).with(csrf()).with(as(Staff.OFFICER))
                        .param("name", name).param("type", "SKILL_MASTER").param("trade", trade)
                        .param("leaderPersonId", String.valueOf(leader)).param("members", "成员甲\n成员乙")
                        .param("premises", "实训楼三层").param("plan", "每年带徒4名"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idOf(redirect);
        assertThat(page("/unit/studios?q=" + trade, Staff.OFFICER)).contains(name, "领军人才领办", "待审核");
        String queue = page("/studios?q=" + trade, Staff.REVIEWER);
        assertThat(queue).contains(name, "领军人才领办", "studio-priority");
        assertThat(page("/studios?q=" + trade + "&lang=en", Staff.REVIEWER))
                .contains("Led by a leading talent", "Awaiting review");
        byte[] xlsx = mvc.perform(get("/studios.xlsx?q=" + trade).with(as(Staff.REVIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = ExcelRows.of(xlsx);
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(name, "领军人才领办", "待审核"));

        String casePage = page("/studios/" + id, Staff.REVIEWER);
        assertThat(Breadcrumbs.problems("/studios/" + id, casePage)).isEmpty();
        assertThat(casePage).contains("方案.pdf", "审核通过");
        mvc.perform(get("/studios/" + id + "/evidence").with(as(Staff.REVIEWER))).andExpect(status().isOk());
        mvc.perform(post("/studios/" + id + "/pass").with(csrf()).with(as(Staff.REVIEWER)))
                .andExpect(status().is3xxRedirection());
        // a broken rule comes back to the page in words
        mvc.perform(post("/studios/" + id + "/name").with(csrf()).with(as(Staff.APPROVER)).param("period", "明年")
                        .param("_page", "/studios/" + id))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/studios/" + id + "/name").with(csrf()).with(as(Staff.APPROVER))
                .param("period", String.valueOf(studios.today().getYear()))).andExpect(status().is3xxRedirection());
        String named = page("/studios/" + id, Staff.APPROVER);
        assertThat(named).contains("已命名", "CYGZS-" + studios.today().getYear() + "-", "待评分");
        long assessment = studios.visible(staff.reviewer(), id).assessments().get(0).id();
        mvc.perform(post("/studios/" + id + "/assessments/" + assessment + "/score").with(csrf())
                        .with(as(Staff.REVIEWER)).param("score_TEAM", "9").param("score_PREMISES", "9")
                        .param("score_PASSING_ON", "10").param("score_INNOVATION", "9").param("score_OUTREACH", "x")
                        .param("_page", "/studios/" + id))
                .andExpect(status().is3xxRedirection());
        assertThat(studios.visible(staff.reviewer(), id).assessments().get(0).state())
                .isEqualTo(Assessment.State.SCHEDULED);
        mvc.perform(post("/studios/" + id + "/assessments/" + assessment + "/score").with(csrf())
                        .with(as(Staff.REVIEWER)).param("score_TEAM", "9").param("score_PREMISES", "9")
                        .param("score_PASSING_ON", "10").param("score_INNOVATION", "9").param("score_OUTREACH", "8"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/studios/" + id, Staff.APPROVER)).contains("待确认", "总分 91.0", "优秀", "100,000.00");
        mvc.perform(post("/studios/" + id + "/assessments/" + assessment + "/confirm").with(csrf())
                .with(as(Staff.APPROVER))).andExpect(status().is3xxRedirection());
        String done = page("/studios/" + id, Staff.OFFICER);
        assertThat(done).contains("已确认", "优秀", "100,000.00", "办理记录", "确认建设评估结果")
                .doesNotContain("EXCELLENT", "10000000", "kit-approver");
        assertThat(page("/studios/" + id + "?lang=en", Staff.OFFICER)).contains("Excellent", "Confirmed",
                "Assessment confirmed");
        assertThat(page("/unit/studios?q=" + trade, Staff.OFFICER)).contains("已命名", "优秀", "100,000.00");

        String talent = talents.openFor(leader, "页面领军").map(staff::talent).orElseThrow();
        String mine = page("/my/studios", talent);
        assertThat(mine).contains(name, "CYGZS-", "优秀", "100,000.00");
        assertThat(page("/studios/" + id, talent)).contains(name);
        mvc.perform(get("/studios/" + id).with(as(Staff.OFFICER2)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReturnedApplicationIsChangedOnItsOwnFormWithTheReasonShown() throws Exception {
        CurrentUser officer = staff.officer();
        long leader = TestPeople.register(people, officer, "退回页面", Sex.MALE);
        long id = studios.apply(officer, new StudioApplication("退回页面工作室", StudioType.INNOVATION, "钳工", leader,
                "成员", "场地", "方案"), null);
        mvc.perform(post("/studios/" + id + "/return").with(csrf()).with(as(Staff.REVIEWER))
                .param("reason", "请补充成员名单")).andExpect(status().is3xxRedirection());
        String edit = page("/unit/studios/" + id + "/edit", Staff.OFFICER);
        assertThat(Breadcrumbs.problems("/unit/studios/" + id + "/edit", edit)).isEmpty();
        assertThat(edit).contains("请补充成员名单", "退回页面工作室");
        mvc.perform(multipart("/unit/studios/" + id).with(csrf()).with(as(Staff.OFFICER))
                        .param("name", "退回页面工作室").param("type", "INNOVATION").param("trade", "钳工")
                        .param("leaderPersonId", String.valueOf(leader)).param("members", "成员甲\n成员乙")
                        .param("premises", "场地").param("plan", "方案"))
                .andExpect(status().is3xxRedirection());
        assertThat(studios.visible(officer, id).studio().state()).isEqualTo(StudioState.SUBMITTED);
        assertThat(page("/unit/studios?state=RETURNED", Staff.OFFICER)).doesNotContain("退回页面工作室");
        mvc.perform(get("/unit/studios/" + id + "/edit").with(as(Staff.OFFICER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }
}
