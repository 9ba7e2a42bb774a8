package cn.jiangxin.nomination.demo;

import cn.jiangxin.platform.FormPdfLayout;
import cn.jiangxin.nomination.NominationDraft;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A one-page PDF the demo cases upload as if an officer had chosen it in the browser: a scan of a certificate or of
 * the stamped form, marked as demo material. Each kind is rendered once per JVM.
 */
record DemoUpload(String filename, byte[] bytes) implements MultipartFile {

    static DemoUpload certificate() {
        return new DemoUpload("获奖证书.pdf", Pdfs.CERTIFICATE);
    }

    static DemoUpload stampedForm() {
        return new DemoUpload("推荐表（盖章）.pdf", Pdfs.STAMPED_FORM);
    }

    private static final class Pdfs {

        static final byte[] CERTIFICATE = render("证书扫描件（演示材料）");
        static final byte[] STAMPED_FORM = render(NominationDraft.FORM_TITLE + "（盖章扫描件，演示材料）");

        private static byte[] render(String title) {
            try (FormPdfLayout pdf = new FormPdfLayout()) {
                pdf.title(title, "匠心演示数据");
                pdf.row("说明", "本文件由演示数据生成，用于展示上传、审核和下载流程，不是真实材料。", 3);
                return pdf.toBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String getName() {
        return "file";
    }

    @Override
    public String getOriginalFilename() {
        return filename;
    }

    @Override
    public String getContentType() {
        return "application/pdf";
    }

    @Override
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public long getSize() {
        return bytes.length;
    }

    @Override
    public byte[] getBytes() {
        return bytes.clone();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void transferTo(File dest) throws IOException {
        Files.write(dest.toPath(), bytes);
    }
}
