package cn.jiangxin.unit;

/**
 * A unified social credit code per GB 32100-2015: registration authority (1), organisation category (1),
 * administrative division (6), organisation identifier (9) and a check character (1), all from the 31-character
 * set below (no I, O, Z, S or V). Surrounding spaces are ignored and lower case is read as upper case.
 */
public record UnifiedSocialCreditCode(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** @throws InvalidCreditCodeException with a message that says what is wrong */
    public UnifiedSocialCreditCode {
        value = normalised(value);
    }

    public static UnifiedSocialCreditCode parse(String raw) {
        return new UnifiedSocialCreditCode(raw);
    }

    /** The check character for the first 17 characters, which must come from the code's character set. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The administrative division code in positions 3-8 (where the unit was registered). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    private static String normalised(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidCreditCodeException("统一社会信用代码不能为空");
        }
        String s = raw.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                throw new InvalidCreditCodeException("统一社会信用代码含有全角字符“" + c + "”，请使用半角数字和字母");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InvalidCreditCodeException("统一社会信用代码中间不能有空格");
            }
        }
        if (s.length() != 18) {
            throw new InvalidCreditCodeException("统一社会信用代码应为18位，实际为" + s.codePointCount(0, s.length()) + "位");
        }
        s = s.toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < 18; i++) {
            char c = s.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                throw new InvalidCreditCodeException("统一社会信用代码第" + (i + 1) + "位“" + c
                        + "”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）");
            }
        }
        if (!CreditCodeCategories.known(s.charAt(0), s.charAt(1))) {
            throw new InvalidCreditCodeException("统一社会信用代码前两位“" + s.substring(0, 2)
                    + "”不是有效的登记管理部门和机构类别代码");
        }
        for (int i = 2; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new InvalidCreditCodeException("统一社会信用代码第3-8位应为6位数字的行政区划码");
            }
        }
        char expected = checkCharacter(s);
        if (s.charAt(17) != expected) {
            throw new InvalidCreditCodeException("统一社会信用代码校验位错误：第18位应为" + expected + "，请核对代码");
        }
        return s;
    }

    @Override
    public String toString() {
        return value;
    }
}
