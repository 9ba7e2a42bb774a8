package cn.jiangxin.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.mock.web.MockMultipartFile;

/** The smallest file the upload checks take for a PDF, and larger ones that only start like a PDF. */
public final class PdfBytes {

    private static final String MINIMAL = "%PDF-1.4\n%%EOF\n";
    private static final String HEADER = "%PDF-1.4\n";

    private PdfBytes() {
    }

    /** {@code %PDF-1.4}, then {@code %%EOF}. */
    public static byte[] minimal() {
        return MINIMAL.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code size} bytes that begin with a PDF header, the rest zeros. */
    public static byte[] ofSize(int size) {
        byte[] bytes = new byte[size];
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** The minimal PDF as the multipart part {@code file} named {@code filename}, of that content type. */
    public static MockMultipartFile upload(String filename, String contentType) {
        return new MockMultipartFile("file", filename, contentType, minimal());
    }

    /** Writes the bytes to a new temporary file ({@code prefix…}.pdf), for a browser to upload. */
    public static Path tempFile(String prefix, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(prefix, ".pdf");
        Files.write(file, bytes);
        return file;
    }
}
