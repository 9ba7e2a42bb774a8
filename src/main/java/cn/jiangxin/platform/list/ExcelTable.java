package cn.jiangxin.platform.list;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A list written to an Excel workbook row by row, so that a Store can stream its rows into it: a title row, a
 * header row, the rows, and, when a column holds amounts, a total row. Text cells are neutralised
 * ({@link SpreadsheetText}), amounts are written in yuan, never fen. Rows already written are flushed to the output
 * every {@value #FLUSH_EVERY} rows.
 *
 * <pre>{@code
 * ExcelTable table = ExcelTable.start(out, "审计日志", List.of(ExcelColumn.text("时间"), ExcelColumn.text("操作人")));
 * try (Stream<AuditRecord> rows = store.all(query)) {
 *     rows.forEach(r -> table.row(BeijingTime.dateTimeWithSeconds(r.recordedAt()), r.actor()));
 * }
 * table.finish();
 * }</pre>
 */
public final class ExcelTable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TOTAL = "合计";
    private static final int FLUSH_EVERY = 1000;
    private static final String AMOUNT_FORMAT = "#,##0.00";

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<ExcelColumn> columns;
    private final long[] totals;
    private int row;
    private int dataRows;
    private boolean finished;

    private ExcelTable(Workbook workbook, Worksheet sheet, List<ExcelColumn> columns) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.columns = columns;
        this.totals = new long[columns.size()];
    }

    /**
     * Makes the response an Excel download named {@code fileName} (UTF-8), never cached. Call it only once the
     * request has been checked, so that a refusal still answers with its page.
     */
    public static void attach(HttpServletResponse response, String fileName) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** A workbook of one sheet named after the title, the title in its first row and the headers in the second. */
    public static ExcelTable start(OutputStream out, String title, List<ExcelColumn> columns) {
        return start(new Workbook(out, "Jiangxin", "1.0"), sheetName(title), title, columns);
    }

    /**
     * A sheet in {@code workbook}; with a null title the headers are the first row (for workbooks whose layout the
     * receiving system fixes). Call {@link #finish()} on the last table, or finish the workbook yourself.
     */
    public static ExcelTable start(Workbook workbook, String sheetName, String title, List<ExcelColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has columns");
        }
        ExcelTable table = new ExcelTable(workbook, workbook.newWorksheet(sheetName(sheetName)), List.copyOf(columns));
        table.writeHead(title);
        return table;
    }

    /** One row; a cell is text (or anything shown by its text), a number, or fen in an amount column; null is empty. */
    public void row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        for (int c = 0; c < cells.length; c++) {
            write(c, cells[c]);
        }
        row++;
        dataRows++;
        if (dataRows % FLUSH_EVERY == 0) {
            flush();
        }
    }

    /** Rows written with {@link #row}, not counting title, headers and total. */
    public int rowCount() {
        return dataRows;
    }

    /** Writes the total row (when a column holds amounts) and finishes the workbook. */
    public void finish() {
        closeTable();
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the total row (when a column holds amounts), leaving the workbook open for another sheet. */
    public void closeTable() {
        if (finished) {
            return;
        }
        finished = true;
        if (columns.stream().anyMatch(c -> c.kind() == ExcelColumn.Kind.AMOUNT)) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).kind() == ExcelColumn.Kind.AMOUNT) {
                    amount(c, totals[c]);
                    sheet.style(row, c).bold().format(AMOUNT_FORMAT).set();
                } else if (c == 0) {
                    sheet.value(row, 0, TOTAL);
                    sheet.style(row, 0).bold().set();
                }
            }
            row++;
        }
    }

    private void writeHead(String title) {
        if (title != null) {
            sheet.value(0, 0, SpreadsheetText.safe(title));
            sheet.style(0, 0).bold().fontSize(14).set();
            if (columns.size() > 1) {
                sheet.range(0, 0, 0, columns.size() - 1).merge();
            }
            row = 1;
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c, SpreadsheetText.safe(columns.get(c).header()));
            sheet.style(row, c).bold().set();
        }
        row++;
    }

    private void write(int c, Object cell) {
        if (cell == null) {
            return;
        }
        switch (columns.get(c).kind()) {
            case AMOUNT -> {
                long fen = ((Number) cell).longValue();
                totals[c] = Math.addExact(totals[c], fen);
                amount(c, fen);
                sheet.style(row, c).format(AMOUNT_FORMAT).set();
            }
            case NUMBER -> sheet.value(row, c, (Number) cell);
            case TEXT -> sheet.value(row, c, SpreadsheetText.safe(cell.toString()));
        }
    }

    private void amount(int c, long fen) {
        sheet.value(row, c, Money.decimalYuan(fen));
    }

    private void flush() {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** At most 31 characters, none of {@code []:*?/\}, as Excel requires. */
    static String sheetName(String title) {
        String name = title == null || title.isBlank() ? "Sheet1" : title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
