package cn.jiangxin.person;

import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/** A mainland mobile number (11 digits, 1[3-9]…). Shown masked, e.g. 139****2222, and never printed in full. */
public final class MobileNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private final String value;

    private MobileNumber(String value) {
        this.value = value;
    }

    /** @throws RuleViolationException (field {@code phone}) when it is not a mainland mobile number */
    public static MobileNumber parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.startsWith("+86")) {
            s = s.substring(3).strip();
        }
        if (s.isEmpty()) {
            throw new RuleViolationException("phone", "手机号码不能为空");
        }
        if (!MOBILE.matcher(s).matches()) {
            throw new RuleViolationException("phone", "手机号码应为11位数字、以13-19开头，例如13800138000");
        }
        return new MobileNumber(s);
    }

    public String value() {
        return value;
    }

    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileNumber other && value.equals(other.value);
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
