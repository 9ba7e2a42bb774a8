package cn.jiangxin.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text on a PDF page in one font, or in one font with fallbacks for the characters it lacks (each character in the
 * first font that has it): measuring, wrapping Chinese text by character to a width, and replacing what no font can
 * draw with a question mark rather than failing the document or drawing an empty box.
 */
public final class PdfText {

    private final PDFont font;
    private final List<PDFont> fonts;

    public PdfText(PDFont font) {
        this(font, List.of());
    }

    public PdfText(PDFont font, List<? extends PDFont> fallbacks) {
        this.font = font;
        List<PDFont> all = new ArrayList<>();
        all.add(font);
        all.addAll(fallbacks);
        this.fonts = List.copyOf(all);
    }

    /** The main font. */
    public PDFont font() {
        return font;
    }

    public float width(String text, float size) throws IOException {
        float units = 0;
        for (Run run : runs(text)) {
            units += run.font().getStringWidth(run.text());
        }
        return units / 1000 * size;
    }

    /** Writes one line with its baseline at {@code (x, baseline)}; the text must be {@link #printable}. */
    public void write(PDPageContentStream cs, String text, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        for (Run run : runs(text)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
        cs.endText();
    }

    /**
     * The lines of {@code text} at {@code size} no wider than {@code max}; each newline starts a new line. Chinese
     * breaks between any two characters, except that no line starts with closing punctuation (，。、）” …) or ends
     * with opening punctuation (（“ …), and a run of Latin letters and digits (a date, a number, a word) moves to the
     * next line whole unless it is longer than a line.
     */
    public List<String> wrap(String text, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && width(line + ch, size) > max) {
                    int cut = breakBefore(line, cp);
                    out.add(line.substring(0, cut));
                    line.delete(0, cut);
                    if (line.length() > 0 && width(line + ch, size) > max) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    /** Where a full line breaks when {@code next} does not fit: at its end, or earlier to keep pieces together. */
    private static int breakBefore(StringBuilder line, int next) {
        int end = line.length();
        int last = line.codePointBefore(end);
        int beforeLast = end - Character.charCount(last);
        if (isWordPart(next) && isWordPart(last)) {
            int start = end;
            while (start > 0 && isWordPart(line.codePointBefore(start))) {
                start -= Character.charCount(line.codePointBefore(start));
            }
            if (start > 0) {
                return start;
            }
        }
        if ((NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(last) >= 0) && beforeLast > 0) {
            return beforeLast;
        }
        return end;
    }

    private static boolean isWordPart(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '/' || cp == ':'
                || cp == '@' || cp == '_');
    }

    /** Only characters one of the fonts can draw and newlines; anything else becomes a question mark. */
    public String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.replace("\r", "").replace("\t", "    ").codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            sb.append(cp == '\n' || fontFor(ch) != null ? ch : "?");
        });
        return sb.toString();
    }

    /** A piece of a line drawn in one font. */
    private record Run(PDFont font, String text) {
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            PDFont f = fontFor(ch);
            if (f == null) {
                f = font;
                ch = "?";
            }
            if (f != current && piece.length() > 0) {
                runs.add(new Run(current, piece.toString()));
                piece.setLength(0);
            }
            current = f;
            piece.append(ch);
        }
        if (piece.length() > 0) {
            runs.add(new Run(current, piece.toString()));
        }
        return runs;
    }

    private PDFont fontFor(String ch) {
        if (Character.isISOControl(ch.codePointAt(0))) {
            return null;
        }
        for (PDFont f : fonts) {
            if (canDraw(f, ch)) {
                return f;
            }
        }
        return null;
    }

    private static boolean canDraw(PDFont f, String ch) {
        try {
            f.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
