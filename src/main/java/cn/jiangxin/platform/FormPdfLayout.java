package cn.jiangxin.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays out an A4 form in Chinese as bordered tables, top to bottom, starting a new page when the next part does not
 * fit: a title; a block of details in a grid of label and value cells beside a photo box ({@link #details}); tables
 * whose caption and header row repeat on every page they continue on ({@link #table}); rows of a label and a text
 * that flows onto the next pages under the label marked “（续）” ({@link #row}), optionally ending in a signature
 * and stamp area that is never split ({@link #signedRow}); and a last row that reaches down to the foot of its page,
 * so that no page ends half empty ({@link #lastRow}). Every page is numbered “第 1 页 共 N 页” at its foot. Close it
 * after {@link #toBytes()}.
 */
public final class FormPdfLayout implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FormPdfLayout.class);

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    /** The lowest a table reaches; the page number is below. */
    private static final float BOTTOM = 52;
    private static final float FOOT = 30;
    private static final float LABEL_WIDTH = 84;
    private static final float SIZE = 10.5f;
    private static final float SMALL = 9;
    private static final float TITLE = 18;
    private static final float LEADING = 15;
    private static final float PADDING = 5;
    private static final float MIN_ROW = 26;
    /** The photo box is 100 pt wide (35 mm, a 2寸 photo's width) and at least five such rows high (140 pt, 49 mm). */
    private static final float PHOTO_WIDTH = 100;
    private static final float PHOTO_ROW = 28;
    private static final float PHOTO_INSET = 3;
    /** Where a signature area's lines start, as a share of the text's width. */
    private static final float SIGNATURE_INDENT = 0.5f;
    private static final String CONTINUED = "（续）";

    /** A cell of the details grid: a label, or a value spanning one or more of the grid's four columns. */
    public record Cell(String text, int span, boolean label) {

        public Cell {
            if (span < 1 || span > 4) {
                throw new IllegalArgumentException("a cell spans 1 to 4 columns: " + span);
            }
            text = text == null ? "" : text;
        }

        public static Cell label(String text) {
            return new Cell(text, 1, true);
        }

        public static Cell value(String text) {
            return new Cell(text, 1, false);
        }

        public static Cell value(String text, int span) {
            return new Cell(text, span, false);
        }
    }

    /** A column of a {@link #table}: its header and width in points; 0 takes what the other columns leave. */
    public record Column(String header, float width, boolean centred) {
    }

    /**
     * A line of a row's text. A signature area's lines are indented and kept together on one page; the empty lines
     * that make a row up to its least number of lines ({@code filler}) give way when the row would not fit otherwise.
     */
    private record Line(String text, boolean signature, boolean filler) {
    }

    private final PDDocument doc = new PDDocument();
    private final ChinesePdfFont.Loaded loaded;
    private final PdfText text;
    private final float width = PAGE.getWidth() - 2 * MARGIN;
    private PDPageContentStream cs;
    private float y;
    private String footer = "";

    public FormPdfLayout() throws IOException {
        loaded = ChinesePdfFont.load(doc);
        text = new PdfText(loaded.font());
        newPage();
    }

    /** The title, centred, with {@code subtitle} under it on the right. */
    public void title(String title, String subtitle) throws IOException {
        title(title, "", subtitle);
    }

    /** The title, centred, with {@code left} under it on the left and {@code right} on the right. */
    public void title(String title, String left, String right) throws IOException {
        String shown = text.printable(title);
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
        cs.setLineWidth(0.35f);
        write(shown, TITLE, MARGIN + (width - text.width(shown, TITLE)) / 2, y - TITLE);
        cs.setRenderingMode(RenderingMode.FILL);
        cs.setLineWidth(0.6f);
        y -= TITLE + 18;
        write(text.printable(left), SMALL, MARGIN, y);
        String r = text.printable(right);
        write(r, SMALL, MARGIN + width - text.width(r, SMALL), y);
        y -= 8;
    }

    /** Printed on the left at the foot of every page, beside its number: what the pages of a scan belong to. */
    public void footer(String left) {
        footer = left == null ? "" : left;
    }

    /**
     * Details as a grid of four columns (label, value, label, value), each row's cells spanning all four, with a photo
     * box at the right of the first {@code besidePhoto} rows: the photo ({@code null} for none), scaled into the box
     * with its proportions kept, or the {@code placeholder} word where it goes. The rows below the photo reach under
     * it. A photo that cannot be drawn leaves the placeholder.
     */
    public void details(List<List<Cell>> rows, int besidePhoto, byte[] photo, String placeholder) throws IOException {
        float inner = width - PHOTO_WIDTH;
        float value = (inner - 2 * LABEL_WIDTH) / 2;
        float[] columns = {LABEL_WIDTH, value, LABEL_WIDTH, value};
        List<List<Float>> widths = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        float band = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<Float> w = spans(rows.get(i), columns, i < besidePhoto ? 0 : PHOTO_WIDTH);
            widths.add(w);
            float h = Math.max(i < besidePhoto ? PHOTO_ROW : MIN_ROW, gridHeight(rows.get(i), w));
            heights.add(h);
            if (i < besidePhoto) {
                band += h;
            }
        }
        if (y - band < BOTTOM) {
            newPage();
        }
        float top = y;
        for (int i = 0; i < rows.size(); i++) {
            if (i >= besidePhoto && y - heights.get(i) < BOTTOM) {
                newPage();
            }
            float x = MARGIN;
            for (int c = 0; c < rows.get(i).size(); c++) {
                Cell cell = rows.get(i).get(c);
                float w = widths.get(i).get(c);
                box(x, y, w, heights.get(i));
                List<String> lines = text.wrap(cell.text(), SIZE, w - 2 * PADDING);
                centredLines(lines, x, w, y, heights.get(i), cell.label());
                x += w;
            }
            y -= heights.get(i);
        }
        if (besidePhoto > 0) {
            photoBox(photo, placeholder, MARGIN + inner, top, PHOTO_WIDTH, band);
        }
    }

    /**
     * A table under a caption row, with a header row of the columns' names. Each row is as high as its longest cell;
     * a row that does not fit on the page continues on the next, and every page the table continues on repeats the
     * caption, marked “（续）”, and the header row. Fewer than {@code minRows} rows are made up with empty ones.
     */
    public void table(String caption, List<Column> columns, List<List<String>> rows, int minRows) throws IOException {
        float[] widths = columnWidths(columns);
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(text.wrap(c < row.size() ? row.get(c) : "", SIZE, widths[c] - 2 * PADDING));
            }
            wrapped.add(cells);
        }
        while (wrapped.size() < minRows) {
            wrapped.add(columns.stream().map(c -> List.of("")).toList());
        }
        int first = wrapped.isEmpty() ? 1 : Math.min(2, lineCount(wrapped.get(0)));
        if (y - 2 * MIN_ROW - first * LEADING - 2 * PADDING < BOTTOM) {
            newPage();
        }
        tableHead(caption, columns, widths);
        for (List<List<String>> row : wrapped) {
            int n = lineCount(row);
            int done = 0;
            while (done < n) {
                int rest = n - done;
                int fit = fit();
                // a row is split only with two lines or more on either side
                int take = rest <= fit ? rest : Math.min(fit, rest - 2) < 2 ? 0 : Math.min(fit, rest - 2);
                if (take == 0) {
                    newPage();
                    tableHead(caption + CONTINUED, columns, widths);
                    continue;
                }
                float h = Math.max(MIN_ROW, take * LEADING + 2 * PADDING);
                float x = MARGIN;
                for (int c = 0; c < columns.size(); c++) {
                    List<String> cell = row.get(c);
                    // the rest of a split row repeats its first cell (its number), so that it is not read as a row
                    List<String> part = c == 0 && done > 0 && cell.size() <= done ? cell
                            : cell.subList(Math.min(done, cell.size()), Math.min(done + take, cell.size()));
                    box(x, y, widths[c], h);
                    centredLines(part, x, widths[c], y, h, columns.get(c).centred());
                    x += widths[c];
                }
                y -= h;
                done += take;
            }
        }
    }

    /**
     * A row: the label on the left, the value wrapped in the rest; {@code minLines} leaves room to write by hand. A
     * row longer than the space left continues on the next page under the label marked “（续）”.
     */
    public void row(String label, String value, int minLines) throws IOException {
        row(label, value, minLines, List.of(), false);
    }

    /**
     * A row whose text ends in a signature and stamp area: {@code signature}'s lines, indented, after an empty line,
     * all on one page (the text before them may flow over pages).
     */
    public void signedRow(String label, String value, int minLines, List<String> signature) throws IOException {
        row(label, value, minLines, signature, false);
    }

    /**
     * The form's last row, reaching down to the foot of its page, with the {@code signature} lines at its bottom.
     * Nothing can follow it. Answers whether it had to begin a page of its own: a caller may then lay the form out
     * again with less empty room above it, so that it stays with the rest.
     */
    public boolean lastRow(String label, String value, int minLines, List<String> signature) throws IOException {
        return row(label, value, minLines, signature, true);
    }

    /** Answers whether the row had to begin a new page. */
    private boolean row(String label, String value, int minLines, List<String> signature, boolean fill)
            throws IOException {
        float textWidth = width - LABEL_WIDTH - 2 * PADDING;
        List<Line> lines = new ArrayList<>();
        for (String line : text.wrap(value == null ? "" : value, SIZE, textWidth)) {
            lines.add(new Line(line, false, false));
        }
        if (lines.size() == 1 && lines.get(0).text().isEmpty()) {
            lines.clear();
        }
        while (lines.size() < minLines) {
            lines.add(new Line("", false, true));
        }
        if (!signature.isEmpty()) {
            lines.add(new Line("", true, false));
            for (String s : signature) {
                for (String line : text.wrap(s, SIZE, textWidth * (1 - SIGNATURE_INDENT))) {
                    lines.add(new Line(line, true, false));
                }
            }
        }
        List<String> labelLines = balanced(label, LABEL_WIDTH - 2 * PADDING);
        boolean continued = false;
        boolean beganPage = false;
        while (true) {
            int fit = fit();
            List<Line> here = lines.size() > fit ? withoutFillers(lines, lines.size() - fit) : lines;
            int take = here.size() <= fit ? here.size() : keepTogether(here, fit);
            if (take < Math.min(3, here.size()) || labelLines.size() + (continued ? 1 : 0) > fit) {
                if (!pageIsFresh()) {
                    newPage();
                    beganPage = !continued;
                    continue;
                }
                take = Math.min(fit, here.size());
            }
            lines = here;
            List<String> shownLabel = new ArrayList<>(labelLines);
            if (continued) {
                shownLabel.add(CONTINUED);
            }
            List<Line> part = lines.subList(0, take);
            boolean last = take == lines.size();
            float h = Math.max(MIN_ROW, Math.max(part.size(), shownLabel.size()) * LEADING + 2 * PADDING);
            if (last && fill) {
                h = Math.max(h, y - BOTTOM);
            }
            textCell(shownLabel, part, h, last && fill);
            y -= h;
            if (last) {
                return beganPage;
            }
            lines = new ArrayList<>(lines.subList(take, lines.size()));
            continued = true;
            newPage();
        }
    }

    /** The lines without {@code excess} of their fillers, if they have that many; else as they are. */
    private static List<Line> withoutFillers(List<Line> lines, int excess) {
        if (lines.stream().filter(Line::filler).count() < excess) {
            return lines;
        }
        List<Line> fewer = new ArrayList<>(lines);
        for (int i = fewer.size() - 1, dropped = 0; i >= 0 && dropped < excess; i--) {
            if (fewer.get(i).filler()) {
                fewer.remove(i);
                dropped++;
            }
        }
        return fewer;
    }

    /**
     * A label's lines, as even as they can be: the label wrapped to the narrowest width that takes no more lines than
     * the full width does (“区人力资源和社会保障局审核意见” as three lines of five, not seven, seven and one).
     */
    private List<String> balanced(String label, float max) throws IOException {
        List<String> lines = text.wrap(label, SIZE, max);
        if (lines.size() < 2) {
            return lines;
        }
        List<String> best = lines;
        for (float w = max - SIZE / 2; w >= SIZE; w -= SIZE / 2) {
            List<String> narrower = text.wrap(label, SIZE, w);
            if (narrower.size() > lines.size()) {
                break;
            }
            best = narrower;
        }
        return best;
    }

    /** The most of {@code lines} that fit in {@code fit} lines without splitting the signature area. */
    private static int keepTogether(List<Line> lines, int fit) {
        int take = fit;
        while (take > 0 && lines.get(take).signature() && lines.get(take - 1).signature()) {
            take--;
        }
        return take;
    }

    /** The label centred; the text from the top, the signature area's lines indented (at the foot if asked). */
    private void textCell(List<String> label, List<Line> lines, float h, boolean signatureAtFoot) throws IOException {
        box(MARGIN, y, LABEL_WIDTH, h);
        box(MARGIN + LABEL_WIDTH, y, width - LABEL_WIDTH, h);
        centredLines(label, MARGIN, LABEL_WIDTH, y, h, true);
        float x = MARGIN + LABEL_WIDTH + PADDING;
        float indent = (width - LABEL_WIDTH - 2 * PADDING) * SIGNATURE_INDENT;
        int shift = signatureAtFoot ? (int) ((h - 2 * PADDING) / LEADING) - lines.size() : 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            write(line.text(), SIZE, line.signature() ? x + indent : x,
                    baseline(y - PADDING, line.signature() ? i + shift : i));
        }
    }

    public byte[] toBytes() throws IOException {
        cs.close();
        cs = null;
        int pages = doc.getNumberOfPages();
        String foot = text.printable(footer);
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream page = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = "第 " + (i + 1) + " 页 共 " + pages + " 页";
                text.write(page, number, SMALL, MARGIN + (width - text.width(number, SMALL)) / 2, FOOT);
                if (!foot.isEmpty()) {
                    text.write(page, foot, SMALL, MARGIN, FOOT);
                }
            }
        }
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

    private void tableHead(String caption, List<Column> columns, float[] widths) throws IOException {
        box(MARGIN, y, width, MIN_ROW);
        centredLines(List.of(caption), MARGIN, width, y, MIN_ROW, true);
        y -= MIN_ROW;
        float x = MARGIN;
        List<List<String>> headers = new ArrayList<>();
        int n = 1;
        for (int c = 0; c < columns.size(); c++) {
            headers.add(text.wrap(columns.get(c).header(), SIZE, widths[c] - 2 * PADDING));
            n = Math.max(n, headers.get(c).size());
        }
        float h = Math.max(MIN_ROW, n * LEADING + 2 * PADDING);
        for (int c = 0; c < columns.size(); c++) {
            box(x, y, widths[c], h);
            centredLines(headers.get(c), x, widths[c], y, h, true);
            x += widths[c];
        }
        y -= h;
    }

    private float[] columnWidths(List<Column> columns) {
        float fixed = (float) columns.stream().mapToDouble(Column::width).sum();
        long flexible = columns.stream().filter(c -> c.width() <= 0).count();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            float w = columns.get(c).width();
            widths[c] = w > 0 ? w : (width - fixed) / flexible;
        }
        return widths;
    }

    /** The widths of a grid row's cells; the last reaches under the photo ({@code extra}) when it ends the row. */
    private static List<Float> spans(List<Cell> row, float[] columns, float extra) {
        List<Float> widths = new ArrayList<>();
        int column = 0;
        for (Cell cell : row) {
            float w = 0;
            for (int i = 0; i < cell.span(); i++) {
                if (column >= columns.length) {
                    throw new IllegalArgumentException("a row of details spans more than four columns");
                }
                w += columns[column++];
            }
            widths.add(w);
        }
        if (column != columns.length) {
            throw new IllegalArgumentException("a row of details spans " + column + " of four columns");
        }
        widths.set(widths.size() - 1, widths.get(widths.size() - 1) + extra);
        return widths;
    }

    private float gridHeight(List<Cell> row, List<Float> widths) throws IOException {
        int n = 1;
        for (int c = 0; c < row.size(); c++) {
            n = Math.max(n, text.wrap(row.get(c).text(), SIZE, widths.get(c) - 2 * PADDING).size());
        }
        return n * LEADING + 2 * PADDING;
    }

    private void photoBox(byte[] photo, String placeholder, float x, float top, float w, float h) throws IOException {
        box(x, top, w, h);
        if (photo != null) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, photo, "photo");
                float scale = Math.min((w - 2 * PHOTO_INSET) / image.getWidth(),
                        (h - 2 * PHOTO_INSET) / image.getHeight());
                float iw = image.getWidth() * scale;
                float ih = image.getHeight() * scale;
                cs.drawImage(image, x + (w - iw) / 2, top - h + (h - ih) / 2, iw, ih);
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("A photo could not be drawn into a form; its box shows the placeholder", e);
            }
        }
        centredLines(List.of(placeholder), x, w, top, h, true);
    }

    private static int lineCount(List<List<String>> row) {
        return row.stream().mapToInt(List::size).max().orElse(1);
    }

    /** How many lines of text fit in a row that starts at the current height. */
    private int fit() {
        return (int) ((y - BOTTOM - 2 * PADDING) / LEADING);
    }

    private boolean pageIsFresh() {
        return y >= PAGE.getHeight() - MARGIN;
    }

    private void box(float x, float top, float w, float h) throws IOException {
        cs.addRect(x, top - h, w, h);
        cs.stroke();
    }

    /** Lines in a cell, the block centred from top to bottom; each line centred across or from the left. */
    private void centredLines(List<String> lines, float x, float w, float top, float h, boolean across)
            throws IOException {
        float offset = (h - lines.size() * LEADING) / 2;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float lx = across ? x + (w - text.width(line, SIZE)) / 2 : x + PADDING;
            write(line, SIZE, lx, baseline(top - offset, i));
        }
    }

    /** The baseline of the {@code i}-th line of a block whose top is {@code top}: the glyphs centred in the line. */
    private static float baseline(float top, int i) {
        return top - (i + 0.5f) * LEADING - 0.36f * SIZE;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.6f);
        y = PAGE.getHeight() - MARGIN;
    }

    private void write(String line, float size, float x, float baseline) throws IOException {
        if (!line.isEmpty()) {
            text.write(cs, line, size, x, baseline);
        }
    }
}
