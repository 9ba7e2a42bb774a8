package cn.jiangxin.platform.tabular;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an {@code .xlsx}, read as a stream by fastexcel-reader after {@link ZipGuard} has passed the file.
 * Cells become text: strings as they are, numbers without ".0" or binary noise (15 significant digits, as Excel
 * shows them), numbers in date formats as ISO dates, formulas as their cached value (never the formula, never
 * evaluated), errors as their code. A whole number of more than 15 digits (an ID number typed as a number) is kept
 * as digits but marked unreliable: Excel kept only its first 15 digits.
 */
final class XlsxSource extends LimitedSource {

    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29,
            30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");
    private static final int EXCEL_DIGITS = 15;

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final boolean date1904;

    private XlsxSource(ReadableWorkbook workbook, Sheet sheet, TabularLimits limits) throws IOException {
        super(limits, "Excel工作表“" + sheet.getName() + "”");
        this.workbook = workbook;
        this.date1904 = workbook.isDate1904();
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
        readHeader("工作表“" + sheet.getName() + "”");
    }

    /** Opens the named sheet, or the first when {@code sheetName} is null. */
    static XlsxSource open(Path file, String sheetName, TabularLimits limits) {
        ZipGuard.inspect(file, limits);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            Sheet sheet = sheetName == null ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName).orElseThrow(
                            () -> new TabularRefused("Excel文件中没有名为“" + sheetName + "”的工作表"));
            return new XlsxSource(workbook, sheet, limits);
        } catch (TabularRefused e) {
            closeQuietly(workbook);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook);
            throw unreadable(e);
        }
    }

    private static TabularRefused unreadable(Exception e) {
        return new TabularRefused("Excel文件内容无法读取，可能已损坏，请用Excel打开后另存为.xlsx再上传", e);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException | RuntimeException ignored) {
                // already refusing the file; the refusal says why
            }
        }
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    @Override
    RowAssembly readRow() {
        try {
            return rows.hasNext() ? assemble(rows.next()) : null;
        } catch (TabularRefused e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
    }

    private RowAssembly assemble(Row source) {
        RowAssembly row = new RowAssembly(limits, source.getRowNum());
        for (Cell cell : source) {
            if (cell != null) {
                String text = text(cell, row);
                row.put(cell.getColumnIndex(), text, text.length());
            }
        }
        return row;
    }

    private String text(Cell cell, RowAssembly row) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> number((BigDecimal) value, cell, row);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case ERROR -> {
                row.note("第" + (cell.getColumnIndex() + 1) + "列是Excel的错误值" + cell.getRawValue());
                yield nullToEmpty(cell.getRawValue());
            }
            // a formula's cached value as Excel last computed it; the formula itself is never read
            case FORMULA -> value instanceof BigDecimal number ? number(number, cell, row)
                    : value instanceof Boolean b ? (b ? "TRUE" : "FALSE") : nullToEmpty(cell.getRawValue());
            default -> value == null ? "" : value.toString();
        };
    }

    private String number(BigDecimal value, Cell cell, RowAssembly row) {
        if (value == null) {
            return "";
        }
        if (dateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            try {
                LocalDateTime moment = ExcelSerialDate.toLocalDateTime(value.doubleValue(), date1904);
                return moment.toLocalTime().toSecondOfDay() == 0 ? moment.toLocalDate().toString()
                        : moment.toString().replace('T', ' ');
            } catch (IllegalArgumentException notADate) {
                row.note("第" + (cell.getColumnIndex() + 1) + "列的日期超出Excel的日期范围");
            }
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (stripped.scale() <= 0 && integerDigits > EXCEL_DIGITS) {
            row.unreliable(cell.getColumnIndex(), "第" + (cell.getColumnIndex() + 1) + "列是" + integerDigits
                    + "位的数字，Excel只保存15位有效数字，后几位已经丢失（身份证号等请设为文本格式后重新导出）");
            return stripped.toPlainString();
        }
        return value.round(new MathContext(EXCEL_DIGITS)).stripTrailingZeros().toPlainString();
    }

    /** Whether a number format shows a date or time: Excel's built-in date formats, or y, m, d, h or s outside
     *  quoted text, brackets and escapes. */
    static boolean dateFormat(Integer id, String format) {
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        String bare = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase();
        return bare.chars().anyMatch(c -> c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
