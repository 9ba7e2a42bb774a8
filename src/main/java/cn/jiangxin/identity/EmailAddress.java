package cn.jiangxin.identity;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/** An account's e-mail address for notifications: optional, plain ASCII “name@domain.tld”, at most 200 characters. */
final class EmailAddress {

    static final int MAX_LENGTH = 200;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private EmailAddress() {
    }

    /** The address stripped, or empty when none was given. */
    static Optional<String> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.length() > MAX_LENGTH || !FORM.matcher(s).matches()) {
            throw new RuleViolationException("email", "请填写有效的电子邮箱地址，例如 zhangsan@example.com");
        }
        return Optional.of(s);
    }
}
