package cn.jiangxin.platform.tabular;

import java.util.List;
import java.util.Set;

/**
 * One row as read: its number as the spreadsheet program shows it (the header is usually row 1), its cells as text
 * (trailing empty cells dropped, a cell longer than the limit cut), why it cannot be used ({@code faults}, e.g. a
 * cell too long) and what is doubtful about it ({@code notes}, e.g. an 18-digit number that Excel stored as a number
 * and rounded; such a column is in {@code unreliableColumns}, 0-based). A row with faults is to be rejected with them; the file goes on.
 */
public record TabularRow(long number, List<String> cells, List<String> faults, List<String> notes,
        Set<Integer> unreliableColumns) {

    public TabularRow {
        cells = List.copyOf(cells);
        faults = List.copyOf(faults);
        notes = List.copyOf(notes);
        unreliableColumns = Set.copyOf(unreliableColumns);
    }

    /** A row whose text can all be trusted. */
    public TabularRow(long number, List<String> cells) {
        this(number, cells, List.of(), List.of(), Set.of());
    }

    /** The cell at a 0-based column, or "" where the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean faulty() {
        return !faults.isEmpty();
    }
}
