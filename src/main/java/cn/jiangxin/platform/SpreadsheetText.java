package cn.jiangxin.platform;

/**
 * Neutralises text bound for a spreadsheet cell: a value that a spreadsheet program could read as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so it stays text (SEC-4).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '＝' || first == '＋' || first == '－' || first == '＠';
        return formulaLike ? "'" + value : value;
    }
}
