package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.PdfBytes;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Previews of uploaded files, rendered on the server as images for those who may download the file. */
@JiangxinTest
class EvidencePreviewTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired NominationFiles caseFiles;
    @Autowired People people;
    @Autowired AuditTrail audit;

    long caseId;

    @BeforeEach
    void aDraftOfTheOfficersUnit() {
        var officer = staff.officer();
        caseId = nominations.open(officer, TestPeople.register(people, officer, "严佳琪", Sex.MALE));
    }

    private long upload(String name, byte[] bytes) throws Exception {
        mvc.perform(multipart("/nominations/{id}/files", caseId)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("kind", "STAMPED_FORM").with(csrf()).with(staff.as(Staff.OFFICER)))
                .andExpect(status().is3xxRedirection());
        List<StoredFile> files = caseFiles.of(caseId);
        return files.get(files.size() - 1).id();
    }

    private Document fragment(long fileId, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/nominations/{id}/files/{f}/preview", caseId, fileId)
                        .header("HX-Request", "true").with(staff.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse page(long fileId, int page, String username) throws Exception {
        return mvc.perform(get("/nominations/{id}/files/{f}/preview/{p}", caseId, fileId, page)
                .with(staff.as(username))).andReturn().getResponse();
    }

    /** A text PDF of {@code pages} A4 pages, each saying which it is. */
    static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.setNonStrokingColor(Color.RED);
                    cs.addRect(50, 600, 300, 150);
                    cs.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfPreviewsAsItsFirstPagesRenderedToImagesWithPageNumbersAndAltText() throws Exception {
        long fileId = upload("获奖证书.pdf", pdf(7));

        Document preview = fragment(fileId, Staff.OFFICER);
        List<Element> images = preview.select("figure img");
        assertThat(images).hasSize(FilePreviews.SHOWN);
        assertThat(images).allSatisfy(img -> {
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.hasClass("img-fluid")).as("max-width 100% on a phone").isTrue();
        });
        assertThat(images.get(0).attr("alt")).isEqualTo("获奖证书.pdf 第1页（共7页）的预览");
        assertThat(preview.select("figcaption").first().text()).isEqualTo("第1页，共7页");
        assertThat(preview.text()).contains("仅预览前5页，共7页；请下载查看全部。");
        assertThat(images.get(1).attr("src")).isEqualTo("/nominations/" + caseId + "/files/" + fileId + "/preview/2");

        MockHttpServletResponse first = page(fileId, 1, Staff.OFFICER);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentType()).isEqualTo("image/jpeg");
        assertThat(first.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(first.getHeader("Cache-Control")).contains("private").contains("max-age=3600");
        BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(first.getContentAsByteArray()));
        assertThat(rendered.getWidth()).as("A4 at 110 dpi").isBetween(900, 920);
        Color corner = new Color(rendered.getRGB(100, 200));
        assertThat(corner.getRed()).as("the red rectangle is drawn").isGreaterThan(200);
        assertThat(corner.getGreen()).isLessThan(60);
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(caseId), 5))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("NOMINATION_FILE_PREVIEWED"));

        assertThat(page(fileId, 6, Staff.OFFICER).getStatus()).as("beyond the pages shown").isEqualTo(404);
        assertThat(page(fileId, 0, Staff.OFFICER).getStatus()).isEqualTo(404);
    }

    @Test
    void anImagePreviewsReEncodedWithNothingButItsPixels() throws Exception {
        BufferedImage scan = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scan, "png", png);
        byte[] withTrailer = (new String(png.toByteArray(), StandardCharsets.ISO_8859_1)
                + "<html><script>alert(1)</script>").getBytes(StandardCharsets.ISO_8859_1);
        long fileId = upload("扫描件.png", withTrailer);

        Document preview = fragment(fileId, Staff.OFFICER);
        assertThat(preview.select("figure img")).singleElement()
                .satisfies(img -> assertThat(img.attr("alt")).isEqualTo("扫描件.png 的预览"));
        assertThat(preview.select("figcaption")).isEmpty();

        MockHttpServletResponse image = page(fileId, 1, Staff.OFFICER);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(new String(image.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.getContentAsByteArray()));
        assertThat(decoded.getWidth()).isEqualTo(300);
        assertThat(page(fileId, 2, Staff.OFFICER).getStatus()).isEqualTo(404);
    }

    @Test
    void garbageAndHostilePdfsAnswerThatThereIsNoPreviewNotAServerError() throws Exception {
        byte[] garbage = "%PDF-1.7\n1 0 obj<</Type/Pages/Kids[1 0 R]/Count 99999>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        for (byte[] bytes : List.of(PdfBytes.minimal(), PdfBytes.ofSize(200_000), garbage, pdf(FilePreviews.MAX_PAGES + 1))) {
            long fileId = upload("坏文件.pdf", bytes);
            Document preview = fragment(fileId, Staff.OFFICER);
            assertThat(preview.select(".jx-preview-unavailable").text()).isEqualTo("无法预览，请下载查看");
            assertThat(preview.select("img")).isEmpty();
            assertThat(page(fileId, 1, Staff.OFFICER).getStatus()).isEqualTo(404);
        }
    }

    @Test
    void onlyThoseWhoMayDownloadAFileSeeItsPreview() throws Exception {
        long fileId = upload("证书.pdf", pdf(1));
        String download = "/nominations/" + caseId + "/files/" + fileId;
        for (String username : List.of(Staff.OFFICER, Staff.OFFICER2, Staff.REVIEWER, Staff.APPROVER, Staff.VENUE,
                Staff.FINANCE)) {
            int allowed = mvc.perform(get(download).with(staff.as(username))).andReturn().getResponse().getStatus();
            int fragment = mvc.perform(get(download + "/preview").with(staff.as(username))).andReturn().getResponse()
                    .getStatus();
            assertThat(fragment).as(username).isEqualTo(allowed);
            assertThat(page(fileId, 1, username).getStatus()).as(username).isEqualTo(allowed);
        }
        assertThat(page(fileId, 1, Staff.OFFICER2).getStatus()).as("another unit's case").isEqualTo(404);
        assertThat(page(fileId, 1, Staff.VENUE).getStatus()).isEqualTo(403);
        MockHttpServletResponse anonymous = mvc.perform(get(download + "/preview/1")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).as("asked to log in").isIn(302, 401);
        assertThat(anonymous.getContentType()).isNotEqualTo("image/jpeg");
    }
}
