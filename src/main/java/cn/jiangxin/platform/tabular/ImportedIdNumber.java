package cn.jiangxin.platform.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;

import cn.jiangxin.platform.ResidentIdCheckCharacter;

/**
 * A resident ID number from an imported list, made 18 characters: cleaned ({@link CleanText#compact}, so
 * full-width digits, spaces and invisible characters go), a lower-case x read as X, a 15-digit number (issued until
 * 1999) converted by inserting "19" before its 2-digit birth year and appending the check character, and an 18-digit
 * number verified (digits, a real birth date from 1900 to {@code asOf}, ISO 7064 MOD 11-2 check character). Reasons
 * never repeat the number.
 */
public final class ImportedIdNumber {

    private ImportedIdNumber() {
    }

    public static Normalised<String> of(String raw, LocalDate asOf) {
        String s = CleanText.compact(raw).replace('x', 'X');
        if (s.isEmpty()) {
            return Normalised.refused("身份证号为空");
        }
        if (s.length() == 15 && digits(s, 15)) {
            String first17 = s.substring(0, 6) + "19" + s.substring(6, 15);
            String birthProblem = birthProblem(first17, asOf);
            if (birthProblem != null) {
                return Normalised.refused(birthProblem);
            }
            return Normalised.noted(first17 + ResidentIdCheckCharacter.of(first17), "15位身份证号已转换为18位");
        }
        if (s.length() != 18) {
            return Normalised.refused("身份证号应为18位（或15位旧号码），实际为" + s.length() + "位");
        }
        if (!digits(s, 17)) {
            return Normalised.refused("身份证号前17位必须是数字");
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Normalised.refused("身份证号最后一位必须是数字或X");
        }
        String birthProblem = birthProblem(s, asOf);
        if (birthProblem != null) {
            return Normalised.refused(birthProblem);
        }
        char expected = ResidentIdCheckCharacter.of(s);
        if (last != expected) {
            return Normalised.refused("身份证号校验位错误（第18位应为" + expected + "），请核对号码");
        }
        return Normalised.ok(s);
    }

    private static boolean digits(String s, int count) {
        for (int i = 0; i < count; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String birthProblem(String first17, LocalDate asOf) {
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(first17.substring(6, 10)), Integer.parseInt(first17.substring(10, 12)),
                    Integer.parseInt(first17.substring(12, 14)));
        } catch (DateTimeException e) {
            return "身份证号中的出生日期不是真实的日期";
        }
        if (birth.getYear() < 1900 || birth.isAfter(asOf)) {
            return "身份证号中的出生日期不在1900年至今之间";
        }
        return null;
    }
}
