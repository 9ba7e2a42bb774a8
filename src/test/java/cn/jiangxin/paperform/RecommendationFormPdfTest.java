package cn.jiangxin.paperform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JiangxinTest
class RecommendationFormPdfTest {

    @Autowired MockMvc mvc;
    @Autowired Nominations nominations;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired AuditTrail audit;

    @Test
    void theUnitPrintsAChineseA4FormWithEveryFieldAndRoomForSignatureAndStamp() throws Exception {
        CurrentUser officer = staff.officer();
        long personId = TestPeople.register(people, officer, "邵丽娜", Sex.FEMALE);
        long id = nominations.open(officer, personId);
        String longText = "长期从事精密焊接工作，带徒弟三十余人。".repeat(200);
        nominations.save(officer, id, new NominationDraft("汉族", "中共党员", "大学专科", "焊工", SkillLevel.LEVEL_1,
                List.of(new Achievement(0, Achievement.Kind.COMPETITION, Competition.WORLDSKILLS, 1, null,
                        null, LocalDate.of(2024, 9, 15), "焊接项目金牌")),
                longText, "同意推荐。", officer.unitId(), RetirementCategory.FEMALE_50));

        byte[] pdf = mvc.perform(get("/nominations/{id}/form.pdf", id).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();

        var person = people.find(personId).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("the long accomplishments flow onto a second page").isGreaterThanOrEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(NominationDraft.FORM_TITLE, person.name(), person.idNumber().value(),
                    "一级/高级技师", "世界技能大赛第1名（2024-09-15）：焊接项目金牌", "培养单位" + Staff.UNIT,
                    "负责人签字", "推荐单位（盖章）", "区人力资源和社会保障局审核意见", "带徒弟三十余人", "主要业绩（续）");
            assertThat(text.replace("主要业绩（续）", "").split("带徒弟三十余人", -1)).as("no line lost across pages").hasSize(201);
        }
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(id), 5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("RECOMMENDATION_FORM_PRINTED"));
    }

    @Test
    void otherUnitsAndOtherRolesCannotPrintIt() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "邵丽娜", Sex.FEMALE));
        mvc.perform(get("/nominations/{id}/form.pdf", id).with(staff.as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/{id}/form.pdf", id).with(staff.as(Staff.FINANCE)))
                .andExpect(status().isForbidden());
        // an unsubmitted draft is the unit's own
        mvc.perform(get("/nominations/{id}/form.pdf", id).with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isNotFound());
    }
}
