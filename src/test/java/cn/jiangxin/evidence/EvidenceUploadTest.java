package cn.jiangxin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import cn.jiangxin.testsupport.TestPeople;
import cn.jiangxin.nomination.Nominations;
import cn.jiangxin.person.People;
import cn.jiangxin.person.Sex;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The shared context (no extra properties), so the suite does not start another one. */
@JiangxinTest
class EvidenceUploadTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
    static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired Nominations nominations;
    @Autowired NominationFiles caseFiles;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jiangxin.audit.AuditTrail audit;
    @Value("${jiangxin.storage-dir}") String storageDir;

    long caseId;

    @BeforeEach
    void aDraftOfTheOfficersUnit() {
        var officer = staff.officer();
        caseId = nominations.open(officer, TestPeople.register(people, officer, "邵丽娜", Sex.FEMALE));
    }

    static Stream<Arguments> refusedUploads() {
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversized, 0, PDF.length);
        return Stream.of(
                Arguments.of("renamed executable", "报名表.pdf", "application/pdf", EXE,
                        "该文件是可执行程序，不予接收；只接受PDF、JPEG或PNG文件"),
                Arguments.of("ELF executable", "photo.png", "image/png", ELF,
                        "该文件是可执行程序，不予接收；只接受PDF、JPEG或PNG文件"),
                Arguments.of("HTML named .pdf", "证书.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                        "文件内容不是PDF、JPEG或PNG（按内容判断，与文件名无关），不予接收"),
                Arguments.of("zip named .jpg", "scan.jpg", "image/jpeg", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0},
                        "该文件是压缩包，不予接收；只接受PDF、JPEG或PNG文件"),
                Arguments.of("oversized", "big.pdf", "application/pdf", oversized,
                        "文件超过大小上限10MB，请压缩或分页扫描后再上传"),
                Arguments.of("empty", "empty.pdf", "application/pdf", new byte[0], "文件是空的，请选择要上传的文件"),
                Arguments.of("path traversal", "../../etc/passwd.pdf", "application/pdf", PDF,
                        "文件名不能包含路径（/、\\、..）或控制字符，请改名后再上传"),
                Arguments.of("windows path traversal", "..\\x.pdf", "application/pdf", PDF,
                        "文件名不能包含路径（/、\\、..）或控制字符，请改名后再上传"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void refusedUploadsLeaveNoRowAndNoFile(String what, String name, String declared, byte[] bytes, String message)
            throws Exception {
        var refused = mvc.perform(multipart("/nominations/{id}/files", caseId)
                        .file(new MockMultipartFile("file", name, declared, bytes)).param("kind", "STAMPED_FORM")
                        .header("Referer", "http://localhost/nominations/" + caseId + "/edit")
                        .with(csrf()).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/nominations/" + caseId + "/edit#refusal")).andReturn();
        assertThat(((cn.jiangxin.platform.web.Refusal) refused.getFlashMap().get("refusal")).message()).isEqualTo(message);
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @ParameterizedTest(name = "{1} accepted as {2}")
    @MethodSource("acceptedUploads")
    void pdfPngAndJpegAreAcceptedStoredUnderARandomNameAndServedBackAsAttachments(byte[] bytes, String name,
            String sniffed, String shownAs) throws Exception {
        mvc.perform(multipart("/nominations/{id}/files", caseId)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("kind", "STAMPED_FORM").with(csrf()).with(staff.as(Staff.OFFICER)))
                .andExpect(flash().attribute("uploaded", shownAs));
        StoredFile stored = caseFiles.of(caseId).get(0);
        assertThat(stored.contentType()).isEqualTo(sniffed);
        assertThat(stored.sizeBytes()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        List<Path> onDisk = storedFiles();
        assertThat(onDisk).hasSize(1);
        assertThat(onDisk.get(0).getFileName().toString()).matches("[0-9a-f]{32}");
        assertThat(Files.readAllBytes(onDisk.get(0))).isEqualTo(bytes);

        mvc.perform(get("/nominations/{id}/files/{f}", caseId, stored.id()).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(bytes))
                .andExpect(content().contentType(sniffed))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    static Stream<Arguments> acceptedUploads() {
        return Stream.of(Arguments.of(PDF, "推荐表（盖章）.pdf", "application/pdf", "推荐表（盖章）.pdf"),
                Arguments.of(PNG, "证书.PNG", "image/png", "证书.png"),
                Arguments.of(JPEG, "证书.jpeg", "image/jpeg", "证书.jpg"),
                Arguments.of(PDF, "<script>.pdf.exe", "application/pdf", "script.pdf.pdf"));
    }

    @Test
    void onlyThoseWhoMaySeeTheCaseGetTheFile() throws Exception {
        mvc.perform(multipart("/nominations/{id}/files", caseId).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .param("kind", "STAMPED_FORM").with(csrf()).with(staff.as(Staff.OFFICER)));
        long fileId = caseFiles.of(caseId).get(0).id();
        String url = "/nominations/" + caseId + "/files/" + fileId;
        mvc.perform(get(url).with(staff.as(Staff.OFFICER))).andExpect(status().isOk());
        // the case is still the unit's unsubmitted draft: Bureau staff do not see it or its files yet
        mvc.perform(get(url).with(staff.as(Staff.APPROVER))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(staff.as(Staff.OFFICER2))).andExpect(status().isNotFound());
        mvc.perform(get("/nominations/" + caseId + "/files/" + (fileId + 1000))
                .with(staff.as(Staff.OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(staff.as(Staff.FINANCE))).andExpect(status().isForbidden());
        mvc.perform(get(url).accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyDownloadIsAuditedAndTheUnitCanDeleteAFileWhileItMayStillChangeTheCase() throws Exception {
        mvc.perform(multipart("/nominations/{id}/files", caseId).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .param("kind", "STAMPED_FORM").with(csrf()).with(staff.as(Staff.OFFICER)));
        long fileId = caseFiles.of(caseId).get(0).id();
        mvc.perform(get("/nominations/{id}/files/{f}", caseId, fileId).with(staff.as(Staff.OFFICER)))
                .andExpect(status().isOk());
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(caseId), 5))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("NOMINATION_FILE_READ"));

        mvc.perform(post("/nominations/{id}/files/{f}/delete", caseId, fileId).with(csrf())
                .with(staff.as(Staff.OFFICER2))).andExpect(status().isNotFound());
        assertThat(rows()).isOne();
        mvc.perform(post("/nominations/{id}/files/{f}/delete", caseId, fileId).with(csrf())
                        .with(staff.as(Staff.OFFICER)))
                .andExpect(redirectedUrl("/nominations/" + caseId + "/edit"))
                .andExpect(flash().attribute("deleted", "a.pdf"));
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
        assertThat(audit.latest(Staff.OFFICER, "nomination", String.valueOf(caseId), 5))
                .anySatisfy(r -> assertThat(r.action()).isEqualTo("NOMINATION_FILE_DELETED"));
    }

    @Test
    void anotherUnitsOfficerCannotUploadToTheCase() throws Exception {
        mvc.perform(multipart("/nominations/{id}/files", caseId).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("kind", "STAMPED_FORM").with(csrf()).with(staff.as(Staff.OFFICER2)))
                .andExpect(status().isNotFound());
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void evidenceBelongsToASavedAchievement() throws Exception {
        mvc.perform(multipart("/nominations/{id}/files", caseId).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("kind", "EVIDENCE").param("achievement", "0").with(csrf())
                        .with(staff.as(Staff.OFFICER)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请先填写并保存这项业绩，再上传它的证明材料")));
        assertThat(rows()).isZero();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM nomination_file WHERE nomination_id = ?").param(caseId)
                .query(Long.class).single();
    }

    /** Files of this case only would need the rows; the directory is per test context, so compare with rows. */
    private List<Path> storedFiles() throws IOException {
        Path dir = Path.of(storageDir).toAbsolutePath().normalize().resolve("nomination");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> known = jdbc.sql("SELECT stored_name FROM nomination_file WHERE nomination_id <> ?").param(caseId)
                .query(String.class).list();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !known.contains(p.getFileName().toString())).toList();
        }
    }
}
