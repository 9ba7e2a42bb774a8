package cn.jiangxin.platform.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the cells of one row under the limits: a cell beyond the column limit is dropped when empty and refuses
 * the file when it holds a value; a cell longer than the cell limit is cut and faults the row. Empty cells are
 * never allocated.
 */
final class RowAssembly {

    private final TabularLimits limits;
    private final long number;
    private final List<String> cells = new ArrayList<>();
    private final List<String> faults = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<Integer> unreliable = new TreeSet<>();

    RowAssembly(TabularLimits limits, long number) {
        this.limits = limits;
        this.number = number;
    }

    /** Puts a cell's text at a 0-based column; {@code length} is its full length (the text may already be cut). */
    void put(int column, CharSequence text, long length) {
        if (length == 0) {
            return;
        }
        if (column >= limits.maxColumns()) {
            throw new TabularRefused("第" + number + "行第" + (column + 1) + "列有内容，名单最多只能有" + limits.maxColumns()
                    + "列，请删去多余的列后再上传");
        }
        String value;
        if (length > limits.maxCellLength()) {
            faults.add("第" + (column + 1) + "列内容超过" + limits.maxCellLength() + "字（共" + length + "字）");
            int end = Math.min(text.length(), limits.maxCellLength());
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never half a character outside the BMP
            }
            value = text.subSequence(0, end).toString();
        } else {
            value = text.toString();
        }
        if (value.indexOf('\uFFFD') >= 0) {
            faults.add("第" + (column + 1) + "列含有无法识别的字符，文件可能混用了不同的编码");
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    void unreliable(int column, String why) {
        if (column < limits.maxColumns()) {
            unreliable.add(column);
        }
        notes.add(why);
    }

    long number() {
        return number;
    }

    boolean blank() {
        return cells.isEmpty() && faults.isEmpty();
    }

    TabularRow row() {
        return new TabularRow(number, cells, faults, notes, unreliable);
    }
}
