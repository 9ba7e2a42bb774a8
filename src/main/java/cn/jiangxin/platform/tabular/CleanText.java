package cn.jiangxin.platform.tabular;

/**
 * Cleans text typed into a list: full-width ASCII (ＡＢＣ１２３，) becomes half-width (ABC123,), every kind of space
 * (U+3000, no-break, thin …) becomes one space and runs of them one, zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF) and control characters go, and the ends are trimmed. Full-width brackets （） stay in {@link #of}, since
 * Chinese unit names are written with them; {@link #compact} (for numbers and codes) converts them too and drops
 * every space.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Cleaned text for display and storage: half-width except （）, one space between words, trimmed. */
    public static String of(String raw) {
        return clean(raw, true, true);
    }

    /** Cleaned text without any space, everything half-width: for ID numbers, codes and numbers. */
    public static String compact(String raw) {
        return clean(raw, false, false);
    }

    /**
     * A person's name: cleaned; spaces between Chinese characters dropped (张 伟 → 张伟); the dots of minority and
     * foreign names (·•‧・) unified to U+00B7.
     */
    public static String personName(String raw) {
        String s = of(raw);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && !isLatin(s.charAt(i - 1)) && !isLatin(s.charAt(i + 1))) {
                continue;
            }
            out.append(c == '\u2022' || c == '\u2027' || c == '\u30FB' || c == '\uFF65' || c == '\u2219' ? '\u00B7'
                    : c);
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80;
    }

    private static String clean(String raw, boolean keepSpaces, boolean keepFullWidthBrackets) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (space(c)) {
                pendingSpace = keepSpaces && out.length() > 0;
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E' && !(keepFullWidthBrackets && (c == '（' || c == '）'))) {
                c = (char) (c - 0xFEE0);
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || Character.getType(c) == Character.CONTROL && !space(c);
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u3000'
                || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F'
                || c == '\u1680';
    }
}
