package cn.jiangxin.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.springframework.mock.web.MockMultipartFile;

/**
 * The smallest file the upload checks take for a PDF, and larger ones that only start like a PDF; and the glyphs a
 * PDF the application made draws, to check its fonts.
 */
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

    /** One character drawn on a page: the text it stands for, the font's name and the glyph (0 is .notdef, a box). */
    public record Glyph(String text, String font, int glyphId) {
    }

    /** Every character drawn on every page of the PDF, in reading order. */
    public static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    int gid = -1;
                    if (p.getFont() instanceof PDType0Font t0) {
                        try {
                            gid = t0.codeToGID(p.getCharacterCodes()[0]);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    glyphs.add(new Glyph(p.getUnicode(), p.getFont().getName(), gid));
                    super.processTextPosition(p);
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }
}
