package cn.jiangxin.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays out an A4 form as a bordered table of label and value rows, wrapping Chinese text by character and
 * starting a new page when a row does not fit. Close it after {@link #toBytes()}.
 */
public final class FormPdfLayout implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 110;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15;
    private static final float PADDING = 5;

    private final PDDocument doc = new PDDocument();
    private final ChinesePdfFont.Loaded loaded;
    private final PdfText text;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream cs;
    private float y;

    public FormPdfLayout() throws IOException {
        loaded = ChinesePdfFont.load(doc);
        text = new PdfText(loaded.font());
        newPage();
    }

    public void title(String title, String subtitle) throws IOException {
        write(title, 16, MARGIN + (width - text.width(title, 16)) / 2, y - 16);
        y -= 28;
        write(subtitle, 9, MARGIN + width - text.width(subtitle, 9), y);
        y -= 10;
    }

    /**
     * A row: the label on the left, the value wrapped in the rest; {@code minLines} leaves room to write by hand. A
     * row longer than the space left continues on the next page under the label marked “（续）”.
     */
    public void row(String label, String value, int minLines) throws IOException {
        List<String> lines = new ArrayList<>(text.wrap(value == null ? "" : value, SIZE, width - LABEL_WIDTH - 2 * PADDING));
        while (lines.size() < minLines) {
            lines.add("");
        }
        String shownLabel = label;
        while (true) {
            int fit = (int) ((y - MARGIN - 2 * PADDING) / LEADING);
            if (fit < Math.min(3, lines.size())) {
                newPage();
                continue;
            }
            List<String> part = lines.subList(0, Math.min(fit, lines.size()));
            cell(shownLabel, part);
            if (part.size() == lines.size()) {
                return;
            }
            lines = new ArrayList<>(lines.subList(part.size(), lines.size()));
            shownLabel = label + "（续）";
            newPage();
        }
    }

    private void cell(String label, List<String> lines) throws IOException {
        List<String> labelLines = text.wrap(label, SIZE, LABEL_WIDTH - 2 * PADDING);
        float height = Math.max(lines.size(), labelLines.size()) * LEADING + 2 * PADDING;
        cs.addRect(MARGIN, y - height, LABEL_WIDTH, height);
        cs.addRect(MARGIN + LABEL_WIDTH, y - height, width - LABEL_WIDTH, height);
        cs.stroke();
        for (int i = 0; i < labelLines.size(); i++) {
            write(labelLines.get(i), SIZE, MARGIN + PADDING, y - PADDING - SIZE - i * LEADING);
        }
        for (int i = 0; i < lines.size(); i++) {
            write(lines.get(i), SIZE, MARGIN + LABEL_WIDTH + PADDING, y - PADDING - SIZE - i * LEADING);
        }
        y -= height;
    }

    public byte[] toBytes() throws IOException {
        cs.close();
        cs = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
        doc.close();
        loaded.close();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.6f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void write(String line, float size, float x, float baseline) throws IOException {
        text.write(cs, line, size, x, baseline);
    }
}
