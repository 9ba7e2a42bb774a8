package cn.jiangxin.certification;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Certificate verification codes: 16 characters of Crockford's Base32 (80 random bits), which a third party types
 * or scans to check a certificate. Reading is forgiving: case, spaces and dashes do not matter, and O, I and L are
 * read as 0, 1 and 1.
 */
final class VerificationCode {

    static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    static String random() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The code as stored, or empty when the text cannot be one. */
    static Optional<String> read(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String s = typed.toUpperCase().replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != LENGTH || s.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }
}
