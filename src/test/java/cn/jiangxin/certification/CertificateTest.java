package cn.jiangxin.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.nomination.NominationAction;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.web.Refusal;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.testsupport.NoticeContext;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.PdfBytes;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The certificate as an official document: serif font, formal wording, the Bureau's seal when an administrator has
 * uploaded one (and nothing in its place otherwise), and the seal's administration.
 */
class CertificateTest extends NoticeContext {

    private static final String SEAL_PAGE = "/admin/certificate-seal";

    @Autowired Certifications certifications;
    @Autowired CertificateSeals seals;
    @Autowired PolicyVersions policies;
    @Autowired AuditTrail audit;

    @BeforeEach
    void noSeal() {
        seals.remove(staff.admin());
    }

    /** A certification of a new man of that name, with a WorldSkills gold, certified after the notice. */
    private Certification certified(String name) {
        long personId = TestPeople.register(people, staff.officer(), name, Sex.MALE, LocalDate.of(1985, 1, 1), 5000);
        long id = cases.approvedCase(personId, cases.draft(NoticeFixture.worldSkillsGold(0, LocalDate.of(2024, 9, 15))));
        cases.afterNotice(cases.publish(id));
        nominations.act(approver, id, NominationAction.CERTIFY, null);
        return certifications.ofNomination(id).orElseThrow();
    }

    private byte[] certificate(Certification c) throws Exception {
        return mvc.perform(get("/certifications/{id}/certificate.pdf", c.id()).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theCertificateIsWordedFormallyInTheSerifFontAndARareCharacterOfTheNameIsDrawnNotBoxed() throws Exception {
        Certification c = certified("张琍");
        byte[] pdf = certificate(c);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("朝阳区高技能领军人才认定证书")
                    .contains("兹认定 张琍 同志为朝阳区高技能领军人才。", "推荐单位：" + Staff.UNIT,
                            "资格业绩：世界技能大赛 金牌",
                            "认定依据：《" + policies.titleOf("chaoyang-2025-draft") + "》",
                            "服务支持期：自2025年10月14日至2027年10月13日", CertificatePdf.ISSUER, "2025年10月14日",
                            "证书编号：" + c.certificateNo(), "验证码：" + c.groupedCode(),
                            "http://localhost/verify/" + c.verificationCode());
            assertThat(images(doc)).as("the QR code, no seal").hasSize(1);
            assertThat(transparencies(doc)).isEmpty();
        }
        List<PdfBytes.Glyph> glyphs = PdfBytes.glyphs(pdf);
        assertThat(glyphs).allSatisfy(g -> assertThat(g.glyphId()).as("no .notdef box for %s", g.text()).isPositive());
        assertThat(glyphs).filteredOn(g -> g.text().equals("认")).isNotEmpty()
                .allSatisfy(g -> assertThat(g.font()).matches("[A-Z]{6}\\+NotoSerifSC-Regular"));
        assertThat(glyphs).filteredOn(g -> g.text().equals("琍")).singleElement()
                .satisfies(g -> assertThat(g.font()).matches("[A-Z]{6}\\+WenQuanYiMicroHei"));
    }

    @Test
    void anAdministratorUploadsReplacesAndRemovesTheSealWhichTheCertificateStampsOverTheIssuer() throws Exception {
        Certification c = certified("测试印章");
        mvc.perform(multipart(SEAL_PAGE).file(seal(1600, 1600, "seal.png", "png")).with(csrf())
                        .with(staff.as(Staff.ADMIN)))
                .andExpect(redirectedUrl(SEAL_PAGE));
        CertificateSeal first = seals.current().orElseThrow();
        assertThat(first.width()).as("reduced").isEqualTo(CertificateSeals.STORED_SIDE);
        assertThat(lastSealAction()).isEqualTo("CERTIFICATE_SEAL_REPLACED");
        String page = mvc.perform(get(SEAL_PAGE).with(staff.as(Staff.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("seal-current", "/admin/certificate-seal/image.png", "证书印章");
        byte[] served = mvc.perform(get(SEAL_PAGE + "/image.png").with(staff.as(Staff.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(first.png());

        try (PDDocument doc = Loader.loadPDF(certificate(c))) {
            assertThat(images(doc)).as("the QR code and the seal").hasSize(2);
            assertThat(transparencies(doc)).as("the seal, transparent around the stamp").hasSize(1)
                    .allSatisfy(image -> assertThat(image.getWidth()).isEqualTo(CertificateSeals.STORED_SIDE));
            assertThat(inkStates(doc)).singleElement()
                    .satisfies(ink -> assertThat(ink.getNonStrokingAlphaConstant()).isLessThan(1f));
        }

        mvc.perform(multipart(SEAL_PAGE).file(seal(300, 400, "印章.jpg", "jpeg")).with(csrf())
                        .with(staff.as(Staff.ADMIN)))
                .andExpect(redirectedUrl(SEAL_PAGE));
        CertificateSeal second = seals.current().orElseThrow();
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(second.height()).isEqualTo(400);

        mvc.perform(post(SEAL_PAGE + "/remove").with(csrf()).with(staff.as(Staff.ADMIN)))
                .andExpect(redirectedUrl(SEAL_PAGE));
        assertThat(seals.current()).isEmpty();
        assertThat(lastSealAction()).isEqualTo("CERTIFICATE_SEAL_REMOVED");
        mvc.perform(get(SEAL_PAGE + "/image.png").with(staff.as(Staff.ADMIN))).andExpect(status().isNotFound());
        try (PDDocument doc = Loader.loadPDF(certificate(c))) {
            assertThat(images(doc)).as("the place of the seal is left blank").hasSize(1);
        }
    }

    @Test
    void aSealIsJudgedByItsContentAndOnlyAdministratorsMayChangeIt() throws Exception {
        record Refused(MockMultipartFile file, String message) {
        }
        byte[] oversized = new byte[(int) CertificateSeals.MAX_BYTES + 1];
        System.arraycopy(png(600, 600), 0, oversized, 0, png(600, 600).length);
        List<Refused> refused = List.of(
                new Refused(new MockMultipartFile("file", "seal.png", "image/png", PdfBytes.minimal()),
                        "印章图片须为PNG或JPEG文件（按内容判断，与文件名无关），建议使用透明背景的PNG"),
                new Refused(new MockMultipartFile("file", "seal.png", "image/png",
                        "<svg onload=alert(1)>".getBytes()), "印章图片须为PNG或JPEG文件（按内容判断，与文件名无关），建议使用透明背景的PNG"),
                new Refused(new MockMultipartFile("file", "seal.png", "image/png", oversized), "印章图片超过2MB，请压缩后再上传"),
                new Refused(seal(50, 50, "seal.png", "png"), "印章图片太小（50×50像素），至少100×100像素，清晰的印章扫描件约600×600像素"),
                new Refused(seal(600, 200, "seal.png", "png"), "印章图片应接近正方形（长边不超过短边的两倍），请裁去印章以外的空白"),
                new Refused(new MockMultipartFile("file", "seal.png", "image/png", new byte[0]), "请选择印章图片文件"));
        for (Refused r : refused) {
            MvcResult result = mvc.perform(multipart(SEAL_PAGE).file(r.file()).param("_page", SEAL_PAGE).with(csrf())
                            .with(staff.as(Staff.ADMIN)))
                    .andExpect(status().isSeeOther()).andExpect(redirectedUrl(SEAL_PAGE + "#refusal")).andReturn();
            assertThat(((Refusal) result.getFlashMap().get("refusal")).message()).isEqualTo(r.message());
            assertThat(seals.current()).isEmpty();
        }
        for (String other : List.of(Staff.OFFICER, Staff.APPROVER, Staff.POLICY)) {
            mvc.perform(multipart(SEAL_PAGE).file(seal(600, 600, "seal.png", "png")).with(csrf())
                    .with(staff.as(other))).andExpect(status().isForbidden());
            mvc.perform(get(SEAL_PAGE).with(staff.as(other))).andExpect(status().isForbidden());
        }
        assertThat(seals.current()).isEmpty();
    }

    private String lastSealAction() {
        return audit.latest(Staff.ADMIN, "certificate_seal", "1", 1).get(0).action();
    }

    private static MockMultipartFile seal(int width, int height, String name, String format) throws IOException {
        byte[] bytes = format.equals("png") ? png(width, height) : cn.jiangxin.testsupport.TestPhotos.encode(stamp(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    private static byte[] png(int width, int height) throws IOException {
        return cn.jiangxin.testsupport.TestPhotos.encode(stamp(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A red ring with a star, on transparent (ARGB) or white (RGB) ground. */
    private static BufferedImage stamp(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(0xD0, 0x10, 0x10));
        g.setStroke(new java.awt.BasicStroke(Math.max(2, width / 30f)));
        g.drawOval(width / 20, height / 20, width * 9 / 10, height * 9 / 10);
        g.fillPolygon(new int[] {width / 2, width * 6 / 10, width * 4 / 10}, new int[] {height * 3 / 10,
                height * 6 / 10, height * 6 / 10}, 3);
        g.dispose();
        return image;
    }

    private static List<PDImageXObject> images(PDDocument doc) throws IOException {
        PDResources resources = doc.getPage(0).getResources();
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    private static List<PDImageXObject> transparencies(PDDocument doc) throws IOException {
        List<PDImageXObject> masked = new ArrayList<>();
        for (PDImageXObject image : images(doc)) {
            if (image.getSoftMask() != null) {
                masked.add(image);
            }
        }
        return masked;
    }

    private static List<PDExtendedGraphicsState> inkStates(PDDocument doc) {
        PDResources resources = doc.getPage(0).getResources();
        List<PDExtendedGraphicsState> states = new ArrayList<>();
        for (COSName name : resources.getExtGStateNames()) {
            states.add(resources.getExtGState(name));
        }
        return states;
    }
}
