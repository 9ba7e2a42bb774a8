package cn.jiangxin.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of an exported workbook as rows of cell texts, read back with fastexcel-reader. */
public final class ExcelRows {

    private ExcelRows() {
    }

    public static List<List<String>> of(byte[] xlsx) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = wb.getFirstSheet().openStream()) {
            List<List<String>> out = new ArrayList<>();
            rows.forEach(row -> out.add(texts(row)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCellText(c));
        }
        return cells;
    }
}
