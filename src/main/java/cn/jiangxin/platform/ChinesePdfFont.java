package cn.jiangxin.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font for Chinese PDFs: WenQuanYi Micro Hei (Apache-2.0, see {@code fonts/wqy-microhei.COPYRIGHT}), a TrueType
 * font that covers every GB2312 character, Latin letters, digits and symbols such as ①, and that PDFBox can subset.
 * See docs/decisions/0003-cjk-font.md.
 */
public final class ChinesePdfFont {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String NAME = "WenQuanYiMicroHei";
    private static final byte[] BYTES = read();

    private ChinesePdfFont() {
    }

    /**
     * A subset font for one document. The returned collection must stay open until the document is saved, because
     * PDFBox builds the subset then.
     */
    public static Loaded load(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(BYTES));
        TrueTypeFont font = collection.getFontByName(NAME);
        if (font == null) {
            collection.close();
            throw new IOException(NAME + " not found in " + RESOURCE);
        }
        return new Loaded(PDType0Font.load(document, font, true), collection);
    }

    public record Loaded(PDType0Font font, TrueTypeCollection collection) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            collection.close();
        }
    }

    private static byte[] read() {
        try (InputStream in = ChinesePdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
