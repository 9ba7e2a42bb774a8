package cn.jiangxin.identity;

import java.util.Optional;

/** At least 10 characters with a letter and a digit, and not the user name. Returns the broken rule, if any. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少需要" + MIN_LENGTH + "个字符");
        }
        if (password.length() > 128) {
            return Optional.of("密码不能超过128个字符");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("密码必须同时包含字母和数字");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("密码不能包含用户名");
        }
        return Optional.empty();
    }
}
