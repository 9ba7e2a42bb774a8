package cn.jiangxin.platform.tabular;

/**
 * A unit's name reduced to what tells units apart, for matching only: cleaned, simplified, without spaces, brackets
 * of every kind as (), 有限责任公司 as 有限公司, Latin letters upper case, and a leading 北京市 or 北京 dropped (lists
 * write the same unit with and without it). {@link #similarity} compares two names so reduced.
 */
public final class UnitNameForMatching {

    /** Names are compared on at most this many characters (a unit name is far shorter). */
    private static final int MAX_COMPARED = 100;

    private UnitNameForMatching() {
    }

    public static String of(String raw) {
        String s = SimplifiedForMatching.of(CleanText.compact(raw));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ' -> { }
                case '[', '【', '〔', '［' -> out.append('(');
                case ']', '】', '〕', '］' -> out.append(')');
                default -> out.append(Character.toUpperCase(c));
            }
        }
        String name = out.toString().replace("有限责任公司", "有限公司");
        if (name.startsWith("北京市")) {
            name = name.substring(3);
        } else if (name.startsWith("北京")) {
            name = name.substring(2);
        }
        return name;
    }

    /**
     * How alike two unit names are, 0 (nothing alike) to 1 (the same once reduced): one minus their Levenshtein
     * distance over the longer length, on the reduced names.
     */
    public static double similarity(String a, String b) {
        String x = cut(of(a));
        String y = cut(of(b));
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        int longer = Math.max(x.length(), y.length());
        return 1.0 - (double) levenshtein(x, y) / longer;
    }

    private static String cut(String s) {
        return s.length() > MAX_COMPARED ? s.substring(0, MAX_COMPARED) : s;
    }

    private static int levenshtein(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
