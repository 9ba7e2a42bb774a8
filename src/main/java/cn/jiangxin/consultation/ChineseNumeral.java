package cn.jiangxin.consultation;

/** Reads the numbers in headings such as 第十二条 or 第3章; -1 when the text is not a number. */
final class ChineseNumeral {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumeral() {
    }

    static int parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 8) {
            return -1;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int digit = -1;
        for (char c : s.replace('〇', '零').replace('两', '二').toCharArray()) {
            int d = DIGITS.indexOf(c);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (d >= 0) {
                digit = d;
            } else if (unit > 0) {
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
