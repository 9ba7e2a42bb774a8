package cn.jiangxin.benefit;

/** A name as venues see it: the first character, then one * for each other character (张伟 → 张*). */
public final class MaskedName {

    private MaskedName() {
    }

    public static String of(String name) {
        String s = name == null ? "" : name.strip();
        int count = s.codePointCount(0, s.length());
        if (count <= 1) {
            return "*";
        }
        return s.substring(0, s.offsetByCodePoints(0, 1)) + "*".repeat(count - 1);
    }
}
