package cn.jiangxin.platform;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts for Chinese PDFs, each embedded as a subset of what a document uses. {@link #load}: WenQuanYi Micro Hei
 * (sans, Apache-2.0, see {@code fonts/wqy-microhei.COPYRIGHT}), a TrueType font that covers every GB2312 character
 * and the whole CJK Unified Ideographs block, Latin letters, digits and symbols such as ①. {@link #serif}: Noto Serif
 * SC (宋体 style, SIL OFL 1.1, see {@code fonts/NotoSerifSC.LICENSE}) for official documents, subset to GB2312 and the
 * 通用规范汉字表 (tools/fonts), with Micro Hei for any character outside it, so that a rare character of a name still
 * prints. See docs/decisions/0003-cjk-font.md.
 */
public final class ChinesePdfFont {

    private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String NAME = "WenQuanYiMicroHei";
    private static final byte[] BYTES = read(RESOURCE);

    private ChinesePdfFont() {
    }

    /**
     * The sans font for one document. The returned value must stay open until the document is saved, because PDFBox
     * builds the subset then.
     */
    public static Loaded load(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(BYTES));
        try {
            return new Loaded(sans(document, collection), List.of(), List.of(collection));
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    /**
     * The serif font for one document, with the sans font as the fallback for characters it lacks; draw with
     * {@link Loaded#text()}. Must stay open until the document is saved.
     */
    public static Loaded serif(PDDocument document) throws IOException {
        List<Closeable> open = new ArrayList<>();
        try {
            TrueTypeFont serif = new TTFParser().parse(new RandomAccessReadBuffer(Serif.BYTES));
            open.add(serif);
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(BYTES));
            open.add(collection);
            return new Loaded(PDType0Font.load(document, serif, true), List.of(sans(document, collection)), open);
        } catch (IOException | RuntimeException e) {
            closeAll(open);
            throw e;
        }
    }

    /**
     * A document's font, the fonts that draw what it cannot, and the font files they read from, closed with it.
     */
    public record Loaded(PDType0Font font, List<PDType0Font> fallbacks, List<Closeable> open) implements AutoCloseable {

        public Loaded {
            fallbacks = List.copyOf(fallbacks);
            open = List.copyOf(open);
        }

        /** Text in this font, each character the font lacks drawn in the first fallback that has it. */
        public PdfText text() {
            return new PdfText(font, fallbacks);
        }

        @Override
        public void close() throws IOException {
            closeAll(open);
        }
    }

    private static PDType0Font sans(PDDocument document, TrueTypeCollection collection) throws IOException {
        TrueTypeFont font = collection.getFontByName(NAME);
        if (font == null) {
            throw new IOException(NAME + " not found in " + RESOURCE);
        }
        return PDType0Font.load(document, font, true);
    }

    private static void closeAll(List<Closeable> open) throws IOException {
        IOException first = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Read at the first serif document, not at start-up: most nodes never print a certificate. */
    private static final class Serif {
        static final byte[] BYTES = read("/fonts/NotoSerifSC-Regular-subset.ttf");
    }

    private static byte[] read(String resource) {
        try (InputStream in = ChinesePdfFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
