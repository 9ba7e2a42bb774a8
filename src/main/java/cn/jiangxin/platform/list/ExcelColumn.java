package cn.jiangxin.platform.list;

import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.SpreadsheetText;
import java.util.Objects;

/**
 * A column of an {@link ExcelTable}: its header and what its cells hold. Text goes through {@link SpreadsheetText};
 * an amount column takes fen, shows yuan ({@link Money}) and is summed in the total row.
 */
public record ExcelColumn(String header, Kind kind) {

    public enum Kind { TEXT, NUMBER, AMOUNT }

    public ExcelColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
    }

    public static ExcelColumn text(String header) {
        return new ExcelColumn(header, Kind.TEXT);
    }

    public static ExcelColumn number(String header) {
        return new ExcelColumn(header, Kind.NUMBER);
    }

    /** Cells are fen ({@code long}); shown in yuan with two decimals. */
    public static ExcelColumn amount(String header) {
        return new ExcelColumn(header, Kind.AMOUNT);
    }
}
