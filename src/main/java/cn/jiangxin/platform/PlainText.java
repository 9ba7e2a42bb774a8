package cn.jiangxin.platform;

/**
 * Text people type into forms, kept as plain text: control and invisible format characters removed (tab, newline and
 * the zero-width joiner of emoji stay), carriage returns dropped, trimmed, and limited in length.
 */
public final class PlainText {

    /**
     * The longest reason a decision may be given with (a case's transition, an objection's outcome), in characters
     * once cleaned; the reason columns are VARCHAR(1000).
     */
    public static final int MAX_REASON = 1000;

    private PlainText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(sb::appendCodePoint);
        return sb.toString().replace("\r", "").strip();
    }

    /** Cleaned, possibly empty; at most {@code max} characters. */
    public static String optional(String field, String raw, int max, String label) {
        String v = clean(raw);
        if (v.length() > max) {
            throw new RuleViolationException(field, label + "不能超过" + max + "字，当前" + v.length() + "字");
        }
        return v;
    }

    /** Cleaned and not empty; at most {@code max} characters. */
    public static String required(String field, String raw, int max, String label) {
        String v = optional(field, raw, max, label);
        if (v.isEmpty()) {
            throw new RuleViolationException(field, "请填写" + label);
        }
        return v;
    }
}
