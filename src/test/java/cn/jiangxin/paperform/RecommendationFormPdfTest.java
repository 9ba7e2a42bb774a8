package cn.jiangxin.paperform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.geom.Rectangle2D;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Achievement;
import cn.jiangxin.nomination.CaseNumber;
import cn.jiangxin.nomination.NominationDraft;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.nomination.SkillLevel;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.policy.Competition;
import cn.jiangxin.policy.RetirementCategory;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.PdfGeometry;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestPhotos;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@JiangxinTest
class RecommendationFormPdfTest {

    /** The page's width and height (A4) and the form's margins, in points. */
    private static final float WIDTH = 595.28f;
    private static final float HEIGHT = 841.89f;
    private static final float MARGIN = 50;
    private static final Pattern PAGE_NUMBER = Pattern.compile("第(\\d+)页共(\\d+)页");

    @Autowired MockMvc mvc;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
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

        byte[] pdf = print(id);

        var person = people.find(personId).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("the long accomplishments flow onto a second page").isGreaterThanOrEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(WIDTH, org.assertj.core.data.Offset.offset(0.5f));
            String text = text(doc);
            assertThat(text).contains(NominationDraft.FORM_TITLE, person.name(), person.idNumber().value(),
                    "一级/高级技师", "1世界技能大赛第1名2024-09-15焊接项目金牌", "培养单位" + Staff.UNIT,
                    "出生日期" + cn.jiangxin.platform.ChineseDate.of(person.birthDate()), "照片",
                    "单位负责人签字：", "单位盖章：", "区人力资源和社会保障局审核意见", "带徒弟三十余人", "主要业绩（续）");
            String body = text.replaceAll("推荐编号：CYTJ-\\d{4}-\\d{4}(第\\d+页共\\d+页)?", "").replace("主要业绩（续）", "");
            assertThat(body.split("带徒弟三十余人", -1)).as("no line lost across pages").hasSize(201);
        }
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(id), 5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("RECOMMENDATION_FORM_PRINTED"));
    }

    @Test
    void theFormCarriesTheCasesNumberNeverItsId() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "编号乙", Sex.FEMALE));
        nominations.save(officer, id, Cases.complete());
        String number = CaseNumber.of(nominations.requireVisible(officer, id)).toString();

        var response = mvc.perform(get("/nominations/{id}/form.pdf", id).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .contains(URLEncoder.encode("推荐表-" + number + ".pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        try (PDDocument doc = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(doc);
            assertThat(text).startsWith(NominationDraft.FORM_TITLE + "推荐编号：" + number + "打印日期：");
            assertThat(text).doesNotContainPattern("编号：\\d");
            assertThat(text).endsWith("第1页共1页推荐编号：" + number);
            assertThat(doc.getNumberOfPages()).as("a short form fits on one page").isOne();
            assertThat(PdfGeometry.of(doc, 0).images()).as("no photo uploaded: the box says 照片").isEmpty();
            assertThat(PdfGeometry.of(doc, 0).lowestRectangle()).as("its last box reaches down to the page's foot")
                    .isLessThan(60);
        }
    }

    @Test
    void theBureausBoxIsNeverAPageAloneTheEmptyRoomAboveGivesWay() throws Exception {
        CurrentUser officer = staff.officer("kit-officer-long-unit",
                "北京市朝阳区高端装备智能制造与精密数控加工技术产业协同创新发展研究院（有限合伙）第二分院", "EMPLOYER");
        long id = nominations.open(officer, TestPeople.register(people, officer, "阿卜杜热合曼·买买提", Sex.MALE));
        // long details make the grid tall; with the usual room to write by hand the Bureau's box would not fit
        nominations.save(officer, id, new NominationDraft("维吾尔族", "九三学社社员", "研究生（硕士）",
                "数控车工、数控铣工、加工中心操作调整工、多轴数控加工操作工（多工种复合型技能人才，兼任内训师）", SkillLevel.LEVEL_1, List.of(), "", "",
                officer.unitId(), null));

        try (PDDocument doc = Loader.loadPDF(print(id, "kit-officer-long-unit"))) {
            assertThat(doc.getNumberOfPages()).isOne();
            assertThat(text(doc)).contains("区人力资源和社会保障局审核意见", "主要业绩推荐单位意见");
            assertThat(PdfGeometry.of(doc, 0).lowestRectangle()).isLessThan(60);
        }
    }

    @Test
    void theUploadedPhotoIsDrawnIntoTheBoxAtTheTopRightWithItsProportions() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "冯丙", Sex.MALE));
        nominations.save(officer, id, Cases.complete());
        uploads.upload(officer, id, FileCategory.PHOTO, null, TestPhotos.upload("photo.png", TestPhotos.png(295, 413)));

        try (PDDocument doc = Loader.loadPDF(print(id))) {
            PdfGeometry page = PdfGeometry.of(doc, 0);
            assertThat(page.images()).singleElement().satisfies(photo -> {
                assertThat(photo.getMinX()).as("in the right column").isGreaterThan(WIDTH - MARGIN - 100);
                assertThat(photo.getMaxX()).isLessThan(WIDTH - MARGIN);
                assertThat(photo.getMaxY()).as("at the top, under the title").isLessThan(HEIGHT - MARGIN - 40)
                        .isGreaterThan(HEIGHT - MARGIN - 100);
                assertThat(photo.getWidth() / photo.getHeight()).isCloseTo(295.0 / 413, org.assertj.core.data.Offset.offset(0.01));
                assertThat(photo.getHeight()).as("a 2寸 photo's size, or close").isBetween(120.0, 140.0);
                Rectangle2D box = page.rectangles().stream().filter(r -> r.contains(photo)).findFirst().orElseThrow();
                assertThat(box.getWidth()).isEqualTo(100, org.assertj.core.data.Offset.offset(0.5));
            });
            assertThat(text(doc)).doesNotContain("照片");
        }
    }

    @Test
    void aLongFormContinuesOnNumberedPagesRepeatingTheTableHeaderWithNothingOutsideThePage() throws Exception {
        CurrentUser officer = staff.officer();
        long id = nominations.open(officer, TestPeople.register(people, officer, "欧阳长表", Sex.MALE));
        List<Achievement> achievements = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            achievements.add(new Achievement(i, Achievement.Kind.COMPETITION, Competition.NATIONAL, 1 + i % 3, null,
                    null, LocalDate.of(2020 + i % 5, 1 + i % 12, 10),
                    ("全国职业技能大赛焊接项目，带领团队完成高难度管道焊接任务（第" + (i + 1) + "项）。").repeat(1 + i % 4)));
        }
        String opinion = "该同志政治坚定，业务精湛，同意推荐。".repeat(110);
        nominations.save(officer, id, new NominationDraft("汉族", "中共党员", "大学本科", "焊工", SkillLevel.LEVEL_1,
                achievements, "长期从事精密焊接工作，带徒弟三十余人。".repeat(200), opinion, null, null));

        try (PDDocument doc = Loader.loadPDF(print(id))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            int tablePages = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc).replaceAll("\\s+", "");
                Matcher number = PAGE_NUMBER.matcher(page);
                assertThat(number.find()).as("page %d is numbered", p).isTrue();
                assertThat(number.group(1) + "/" + number.group(2)).isEqualTo(p + "/" + pages);
                if (p > 1 && page.contains("（第") && page.contains("项）")) {
                    tablePages++;
                    assertThat(page).as("page %d continues the table under its header", p)
                            .startsWith("符合条件的业绩（续）序号业绩获得日期说明");
                }
                PdfGeometry drawn = PdfGeometry.of(doc, p - 1);
                assertThat(drawn.glyphs()).as("page %d: every glyph inside the margins", p).allSatisfy(g -> {
                    assertThat(g.getMinX()).isGreaterThanOrEqualTo(MARGIN - 0.5);
                    assertThat(g.getMaxX()).isLessThanOrEqualTo(WIDTH - MARGIN + 0.5);
                    assertThat(g.getMinY()).isGreaterThanOrEqualTo(25);
                    assertThat(g.getMaxY()).isLessThanOrEqualTo(HEIGHT - MARGIN + 0.5);
                });
                assertThat(drawn.rectangles()).allSatisfy(r -> assertThat(r.getMinY()).isGreaterThanOrEqualTo(50));
                assertThat(drawn.lowestRectangle()).as("page %d is not left half empty", p).isLessThan(HEIGHT / 4);
            }
            assertThat(tablePages).as("the 20 achievements take more than the first page").isPositive();
            String text = text(doc);
            for (int i = 1; i <= 20; i++) {
                assertThat(text).contains("带领团队完成高难度管道焊接任务（第" + i + "项）");
            }
            assertThat(text.indexOf("单位负责人签字：")).as("the signature and stamp area ends the unit's opinion")
                    .isGreaterThan(text.lastIndexOf("同意推荐。"));
            assertThat(text).endsWith("日期：年月日第" + pages + "页共" + pages + "页推荐编号："
                    + CaseNumber.of(nominations.requireVisible(officer, id)));
        }
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

    private byte[] print(long id) throws Exception {
        return print(id, Staff.OFFICER);
    }

    private byte[] print(long id, String officer) throws Exception {
        return mvc.perform(get("/nominations/{id}/form.pdf", id).with(staff.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(PDDocument doc) throws java.io.IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
}
