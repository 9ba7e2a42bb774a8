package cn.jiangxin.unit;

import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/** A unit's contact telephone: a mainland mobile number or a landline with area code, e.g. 010-65090443. */
record ContactPhone(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-[2-9][0-9]{6,7}(-[0-9]{1,6})?");

    ContactPhone {
        value = value == null ? "" : value.strip().replaceAll("\\s*-\\s*", "-");
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()) {
            throw new RuleViolationException("contactPhone",
                    "联系电话应为11位手机号码（如13800138000）或带区号的固定电话（如010-65090443）");
        }
    }
}
