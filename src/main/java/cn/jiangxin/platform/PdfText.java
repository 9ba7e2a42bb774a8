package cn.jiangxin.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on a PDF page in one font: measuring, wrapping Chinese text by character to a width, and replacing what the
 * font cannot draw with a question mark rather than failing the document.
 */
public final class PdfText {

    private final PDFont font;

    public PdfText(PDFont font) {
        this.font = font;
    }

    public PDFont font() {
        return font;
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Writes one line with its baseline at {@code (x, baseline)}; the text must be {@link #printable}. */
    public void write(PDPageContentStream cs, String text, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    /** The lines of {@code text} at {@code size} no wider than {@code max}; each newline starts a new line. */
    public List<String> wrap(String text, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && width(line + ch, size) > max) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Only characters the font can draw and newlines; anything else becomes a question mark. */
    public String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.replace("\r", "").replace("\t", "    ").codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            sb.append(cp == '\n' || canDraw(ch) ? ch : "?");
        });
        return sb.toString();
    }

    private boolean canDraw(String ch) {
        try {
            font.encode(ch);
            return !Character.isISOControl(ch.codePointAt(0));
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
