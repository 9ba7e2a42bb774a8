package cn.jiangxin.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

import cn.jiangxin.platform.ResidentIdCheckCharacter;

/**
 * An 18-character resident ID number per GB 11643-1999: a 6-digit area code, an 8-digit birth date, a 3-digit
 * sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character. It never prints in full:
 * {@link #toString()} and {@link #masked()} show the first 4 and last 4 characters only.
 */
public final class ResidentIdNumber {

    private static final int EARLIEST_YEAR = 1900;

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses a number as typed: surrounding white space is ignored and a lower-case x is read as X. A birth date
     * after {@code today} is refused.
     *
     * @throws InvalidIdNumberException with a message that says what is wrong
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdNumberException("身份证号码不能为空");
        }
        String s = raw.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF38' || c == '\uFF58') {
                throw new InvalidIdNumberException("身份证号码含有全角字符，请使用半角数字和字母X");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InvalidIdNumberException("身份证号码中间不能有空格");
            }
        }
        if (s.length() == 15 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidIdNumberException("15位旧身份证号码不再受理，请填写18位身份证号码");
        }
        if (s.length() != 18) {
            throw new InvalidIdNumberException("身份证号码应为18位，实际为" + s.length() + "位");
        }
        s = s.substring(0, 17) + Character.toUpperCase(s.charAt(17));
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdNumberException("身份证号码前17位必须是数字，第" + (i + 1) + "位“" + c + "”不是数字");
            }
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new InvalidIdNumberException("身份证号码最后一位必须是数字或X");
        }
        LocalDate birth = birthDate(s);
        if (birth.getYear() < EARLIEST_YEAR) {
            throw new InvalidIdNumberException("身份证号码中的出生日期" + birth + "早于1900年，不是有效日期");
        }
        if (birth.isAfter(today)) {
            throw new InvalidIdNumberException("身份证号码中的出生日期" + birth + "晚于今天，不是有效日期");
        }
        char expected = checkCharacter(s);
        if (last != expected) {
            throw new InvalidIdNumberException("身份证号码校验位错误：第18位应为" + expected + "，请核对号码");
        }
        return new ResidentIdNumber(s, birth);
    }

    /** Reads back a number that was valid when it was stored (its birth date is no longer compared with today). */
    static ResidentIdNumber stored(String value) {
        return parse(value, LocalDate.MAX);
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        return ResidentIdCheckCharacter.of(first17);
    }

    private static LocalDate birthDate(String s) {
        int year = Integer.parseInt(s.substring(6, 10));
        int month = Integer.parseInt(s.substring(10, 12));
        int day = Integer.parseInt(s.substring(12, 14));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(
                    "身份证号码中的出生日期" + s.substring(6, 14) + "不是真实的日期（第7-14位）");
        }
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The 6-digit administrative area code of where the number was issued. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** The full number. Callers that show or log it must have a reason, and reads of it may be audited. */
    public String value() {
        return value;
    }

    /** First 4 and last 4 characters, e.g. 1101**********1234. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
