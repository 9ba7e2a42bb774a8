package cn.jiangxin.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/** What a person is registered or edited with. Birth date and sex are never typed: they come from the ID number. */
public record PersonDraft(String name, ResidentIdNumber idNumber, MobileNumber phone, long unitId) {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z]+([·\\s][\\p{IsHan}A-Za-z]+)*");

    public PersonDraft {
        name = checkedName(name);
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
    }

    /** Reads a draft from text as typed; {@code today} bounds the birth date in the ID number. */
    public static PersonDraft of(String name, String idNumber, String phone, Long unitId, LocalDate today) {
        String checked = checkedName(name);
        ResidentIdNumber id = ResidentIdNumber.parse(idNumber, today);
        MobileNumber mobile = MobileNumber.parse(phone);
        return new PersonDraft(checked, id, mobile, requiredUnit(unitId));
    }

    static long requiredUnit(Long unitId) {
        if (unitId == null) {
            throw new RuleViolationException("unitId", "请选择所属单位");
        }
        return unitId;
    }

    static String checkedName(String raw) {
        String s = raw == null ? "" : raw.strip().replaceAll("[•・\u2027\u30FB]", "·").replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            throw new RuleViolationException("name", "请填写姓名");
        }
        if (s.length() < 2 || s.length() > 50) {
            throw new RuleViolationException("name", "姓名应为2-50个字");
        }
        if (!NAME.matcher(s).matches()) {
            throw new RuleViolationException("name", "姓名只能包含汉字或英文字母，少数民族姓名可用“·”分隔");
        }
        return s;
    }
}
