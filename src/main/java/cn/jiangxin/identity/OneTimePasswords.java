package cn.jiangxin.identity;

import java.security.SecureRandom;

/**
 * Random one-time passwords that are easy to read aloud and type on a phone: no 0/O, 1/l/I look-alikes, always a
 * letter and a digit, so they satisfy {@link PasswordPolicy}.
 */
final class OneTimePasswords {

    static final int LENGTH = 12;
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        int letter = RANDOM.nextInt(LENGTH);
        int digit = (letter + 1 + RANDOM.nextInt(LENGTH - 1)) % LENGTH;
        chars[letter] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        chars[digit] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(chars);
    }

    /** A one-time password for the account: never one that contains its user name. */
    static String forUser(String username) {
        String password = generate();
        while (PasswordPolicy.problem(username, password).isPresent()) {
            password = generate();
        }
        return password;
    }
}
