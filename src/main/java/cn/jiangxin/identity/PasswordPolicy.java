package cn.jiangxin.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * At least 10 characters with a letter and a digit, not the user name, and at most 72 bytes in UTF-8: BCrypt, which
 * stores the passwords, reads no further. Returns the broken rule, if any.
 */
final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt's limit, in bytes of UTF-8: 72 letters, digits or ASCII signs, 24 Chinese characters. */
    public static final int MAX_BYTES = 72;
    private static final int BYTES_PER_CHINESE_CHARACTER = 3;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少需要" + MIN_LENGTH + "个字符");
        }
        if (!fitsHash(password)) {
            return Optional.of("密码不能超过" + MAX_BYTES + "个字节：英文字母、数字和符号每个占1个字节，汉字每个占"
                    + BYTES_PER_CHINESE_CHARACTER + "个字节（最多" + MAX_BYTES + "个英文字符或"
                    + MAX_BYTES / BYTES_PER_CHINESE_CHARACTER + "个汉字）");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("密码必须同时包含字母和数字");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("密码不能包含用户名");
        }
        return Optional.empty();
    }

    /** True when the whole password counts in its hash; a longer one can never be any account's password. */
    static boolean fitsHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
