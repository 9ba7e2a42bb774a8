package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.platform.web.Refusal;
import cn.jiangxin.testsupport.Cases;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.PdfBytes;
import cn.jiangxin.testsupport.Redirects;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.testsupport.TestPhotos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The nominee's ID photo on the form: checked as a picture, one per case (a new one replaces it, in the store and by
 * the database's rule), shown to whoever may see the case, taken only while the unit may change the case.
 */
@JiangxinTest
class PhotoUploadTest {

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired EvidenceUploads uploads;
    @Autowired ApplicationContext context;
    @Autowired NominationFiles caseFiles;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jiangxin.audit.AuditTrail audit;
    @Value("${jiangxin.storage-dir}") String storageDir;

    CurrentUser officer;
    long caseId;

    @BeforeEach
    void aDraftOfTheOfficersUnit() {
        officer = staff.officer();
        caseId = nominations.open(officer, TestPeople.register(people, officer, "照片甲", Sex.FEMALE));
    }

    @Test
    void theOfficerUploadsAPhotoSeesItOnTheFormAndEveryoneWhoMaySeeTheCaseGetsIt() throws Exception {
        byte[] jpeg = TestPhotos.withExifOrientation(TestPhotos.jpeg(295, 413), 1);
        upload("一寸照.JPG", jpeg, Staff.OFFICER).andExpect(redirectedUrl("/nominations/" + caseId + "/edit"))
                .andExpect(flash().attribute("uploaded", "一寸照.jpg"));

        StoredFile photo = photo();
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        byte[] stored = Files.readAllBytes(vault(photo));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("the EXIF block is not kept")
                .doesNotContain("Exif");
        java.awt.image.BufferedImage kept = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(kept.getWidth()).isEqualTo(295);
        assertThat(kept.getHeight()).isEqualTo(413);
        Document form = page("/nominations/" + caseId + "/edit");
        assertThat(form.select("#photo-thumbnail").attr("src"))
                .isEqualTo("/nominations/" + caseId + "/photo?v=" + photo.id());
        assertThat(form.select("#photo-submit").text()).isEqualTo("更换照片");
        assertThat(form.select("#files").text()).as("the photo is not listed as a document").doesNotContain("一寸照");
        assertThat(form.select("#photo-form input[name=kind]").val()).isEqualTo("PHOTO");

        mvc.perform(get("/nominations/{id}/photo", caseId).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(stored))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(caseId), 5))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("NOMINATION_FILE_READ"));
        // the case is still the unit's unsubmitted draft: nobody else sees it or its photo
        mvc.perform(get("/nominations/{id}/photo", caseId).with(staff.as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/{id}/photo", caseId).with(staff.as(Staff.REVIEWER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/nominations/{id}/photo", caseId).with(staff.as(Staff.FINANCE)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNewPhotoReplacesTheOldOneWhoseBytesGo() throws Exception {
        upload("first.jpg", TestPhotos.jpeg(295, 413), Staff.OFFICER);
        StoredFile first = photo();
        Path firstBytes = vault(first);
        byte[] png = TestPhotos.png(413, 579);
        upload("second.png", png, Staff.OFFICER).andExpect(flash().attribute("uploaded", "second.png"));

        StoredFile second = photo();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.contentType()).isEqualTo("image/png");
        byte[] kept = Files.readAllBytes(vault(second));
        assertThat(kept).as("a PNG made again from its pixels").startsWith(png[0], png[1], png[2], png[3]);
        assertThat(caseFiles.photo(caseId)).hasValue(kept);
        assertThat(Files.exists(firstBytes)).as("the replaced photo's bytes").isFalse();
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(caseId), 5))
                .anySatisfy(r -> assertThat(r.detail()).contains("PHOTO 413x579 replaces file=" + first.id()));
        mvc.perform(get("/nominations/{id}/photo", caseId).with(staff.as(Staff.OFFICER)))
                .andExpect(content().bytes(kept));
    }

    @Test
    void theDatabaseTakesOnePhotoPerCase() {
        upload(TestPhotos.jpeg(295, 413));
        StoredFile photo = photo();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO nomination_file (nomination_id, kind, stored_name, display_name, content_type, size_bytes,
                  sha256, uploaded_by, uploaded_at, photo_of) VALUES (?, 'PHOTO', ?, 'x.jpg', 'image/jpeg', 1, ?, ?, ?, ?)""")
                .params(caseId, "f".repeat(32), photo.sha256(), officer.accountId(),
                        cn.jiangxin.platform.DbTime.toDb(Instant.now()), caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE nomination_file SET photo_of = NULL WHERE id = ?").param(photo.id())
                .update()).as("a photo row always carries its case in photo_of")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPdfNamedJpgIsRefusedWithAMessageAtThePhotoInput() throws Exception {
        String message = "照片须为JPEG或PNG图片（按文件内容判断，与文件名无关），该文件不是，请另选照片";
        MvcResult refusal = refused("照片.jpg", PdfBytes.minimal(), message);
        Document form = Jsoup.parse(Redirects.follow(mvc, refusal, staff.as(Staff.OFFICER)).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("#refusal-message").text()).isEqualTo(message);
        assertThat(form.select("#refusal a").attr("href")).isEqualTo("#photo-file");
        assertThat(form.select("#photo-file").hasClass("is-invalid")).isTrue();
        assertThat(form.select("#photo-refused").text()).isEqualTo(message);
        assertThat(form.select("#photo-none").text()).isEqualTo("未上传");
    }

    @Test
    void aHugePictureIsRefusedForItsPixelsAndALargeFileForItsBytes() throws Exception {
        refused("camera.png", TestPhotos.png(3000, 4000), "照片像素过大（3000×4000像素），请裁剪为证件照后再上传，不超过2400×3200像素");
        byte[] large = Arrays.copyOf(TestPhotos.jpeg(295, 413), 2 * 1024 * 1024 + 1);
        refused("large.jpg", large, "照片文件超过2MB，请上传证件照原图或压缩后再上传");
        refused("landscape.jpg", TestPhotos.jpeg(640, 480), "照片须为竖版证件照");
    }

    @Test
    void onlyTheUnitsOfficerUploadsAndOnlyWhileTheCaseMayBeChanged() throws Exception {
        upload("photo.jpg", TestPhotos.jpeg(295, 413), Staff.REVIEWER).andExpect(status().isForbidden());
        upload("photo.jpg", TestPhotos.jpeg(295, 413), Staff.OFFICER2).andExpect(status().isNotFound());
        assertThat(caseFiles.photo(caseId)).isEmpty();

        Cases cases = Cases.of(context);
        cases.fill(officer, caseId, Cases.complete());
        cases.submit(officer, caseId);
        var refusal = upload("photo.jpg", TestPhotos.jpeg(295, 413), Staff.OFFICER)
                .andExpect(status().isSeeOther()).andReturn().getFlashMap().get("refusal");
        assertThat(((Refusal) refusal).message()).isEqualTo("案件当前状态为“已提交”，推荐表不能再修改");
        assertThat(caseFiles.photo(caseId)).isEmpty();
    }

    private MvcResult refused(String name, byte[] bytes, String message) throws Exception {
        List<String> before = stored();
        MvcResult result = upload(name, bytes, Staff.OFFICER)
                .andExpect(redirectedUrl("/nominations/" + caseId + "/edit#refusal")).andReturn();
        var refusal = (Refusal) result.getFlashMap().get("refusal");
        assertThat(refusal.message()).startsWith(message);
        assertThat(refusal.field()).isEqualTo("photo-file");
        assertThat(caseFiles.photo(caseId)).isEmpty();
        assertThat(stored()).as("nothing left on disk").isEqualTo(before);
        return result;
    }

    private ResultActions upload(String name, byte[] bytes, String username) throws Exception {
        return mvc.perform(multipart("/nominations/{id}/files", caseId)
                .file(new MockMultipartFile("file", name, "image/jpeg", bytes)).param("kind", "PHOTO")
                .header("Referer", "http://localhost/nominations/" + caseId + "/edit")
                .with(csrf()).with(staff.as(username)));
    }

    private void upload(byte[] bytes) {
        uploads.upload(officer, caseId, FileCategory.PHOTO, null, TestPhotos.upload("photo.jpg", bytes));
    }

    private StoredFile photo() {
        return uploads.photoOf(officer, caseId).orElseThrow();
    }

    private Path vault(StoredFile file) {
        String name = jdbc.sql("SELECT stored_name FROM nomination_file WHERE id = ?").param(file.id())
                .query(String.class).single();
        return Path.of(storageDir).toAbsolutePath().normalize().resolve("nomination").resolve(name);
    }

    private List<String> stored() throws java.io.IOException {
        Path dir = Path.of(storageDir).toAbsolutePath().normalize().resolve("nomination");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(staff.as(Staff.OFFICER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
