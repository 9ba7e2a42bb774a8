package cn.jiangxin.notice;

import java.util.regex.Pattern;

import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.RuleViolationException;

/** How staff can reach whoever filed an objection: a mobile number, a landline with area code, or an e-mail address. */
final class ObjectorContact {

    private static final Pattern MOBILE = Pattern.compile("(\\+86)?1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-[2-9][0-9]{6,7}(-[0-9]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private ObjectorContact() {
    }

    static String parse(String raw) {
        String s = PlainText.clean(raw).replaceAll("\\s*-\\s*", "-").replace(" ", "");
        if (s.isEmpty()) {
            throw new RuleViolationException("contact", "请填写联系方式（手机、固定电话或电子邮箱），以便工作人员核实");
        }
        if (s.length() > 100 || !(MOBILE.matcher(s).matches() || LANDLINE.matcher(s).matches()
                || EMAIL.matcher(s).matches())) {
            throw new RuleViolationException("contact",
                    "联系方式应为11位手机号码、带区号的固定电话（如010-65090443）或电子邮箱（如name@example.com）");
        }
        return s;
    }
}
