package cn.jiangxin.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the forms anyone may send without logging in share (consultation comments, notice objections): a one-way key
 * per client address, at most {@value #MAX_PER_CLIENT} submissions per client in {@link #RATE_WINDOW}, a form token
 * that makes a double submit count once, and receipt numbers such as {@code YJ20250312-7KQ2MX}.
 */
public final class PublicForms {

    public static final int MAX_PER_CLIENT = 5;
    public static final Duration RATE_WINDOW = Duration.ofMinutes(10);
    private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicForms() {
    }

    /** A one-way key per client address, so rate limiting keeps no raw IP addresses. */
    public static String clientKey(HttpServletRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("jx-comment:" + request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh token for a form that is about to be shown. */
    public static String newFormToken() {
        return UUID.randomUUID().toString();
    }

    /** The token the form came back with; a missing or malformed one means the form is stale. */
    public static String formToken(String field, String token) {
        if (token == null || !token.matches("[A-Za-z0-9-]{8,64}")) {
            throw new RuleViolationException(field, "表单已失效，请刷新页面后重新提交");
        }
        return token;
    }

    /**
     * Refuses a submission when the client has sent {@value #MAX_PER_CLIENT} or more since {@link #RATE_WINDOW} ago;
     * {@code sentSince} counts the client's stored submissions since a moment.
     */
    public static void limitRate(String field, Instant now, Function<Instant, Long> sentSince) {
        if (sentSince.apply(now.minus(RATE_WINDOW)) >= MAX_PER_CLIENT) {
            throw new RuleViolationException(field, "您提交得太频繁了，请" + RATE_WINDOW.toMinutes() + "分钟后再试");
        }
    }

    /**
     * Stores a submission under a new random receipt number: {@code insert} answers false when the number or the
     * form token is already taken; then {@code sameSubmission} finds the receipt of an earlier submit of the same form.
     */
    public static String storeWithReceipt(String prefix, LocalDate day, Predicate<String> insert,
            Supplier<Optional<String>> sameSubmission) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String receipt = receipt(prefix, day);
            if (insert.test(receipt)) {
                return receipt;
            }
            Optional<String> earlier = sameSubmission.get();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        throw new IllegalStateException("no free receipt number after 5 attempts");
    }

    private static String receipt(String prefix, LocalDate day) {
        StringBuilder sb = new StringBuilder(prefix).append(DAY.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(RECEIPT_ALPHABET.charAt(RANDOM.nextInt(RECEIPT_ALPHABET.length())));
        }
        return sb.toString();
    }
}
