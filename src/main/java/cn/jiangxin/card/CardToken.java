package cn.jiangxin.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card token {@code JXC1.<payload>.<signature>} (contract talent-card-v1): the payload's fields, the signed text
 * and the signature. {@link #parse} accepts only the exact form: the prefix, base64url without padding, a JSON object
 * with exactly the eight fields of their types, version 1; anything else is no token.
 */
record CardToken(String kid, String cn, String nm, LocalDate from, LocalDate to, long iat, long exp, String signedText,
        byte[] signature, String text) {

    static final String PREFIX = "JXC1.";
    /** A token lives at most this long (seconds). */
    static final long MAX_LIFETIME = 300;
    /** Longer than any token the contract allows; a longer string is refused before it is decoded. */
    static final int MAX_LENGTH = 2048;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> FIELDS = Set.of("v", "kid", "cn", "nm", "from", "to", "iat", "exp");
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The payload's JSON for these fields, in the contract's order. */
    static String payloadJson(String kid, String cn, String nm, LocalDate from, LocalDate to, long iat, long exp) {
        return "{\"v\":1,\"kid\":" + quoted(kid) + ",\"cn\":" + quoted(cn) + ",\"nm\":" + quoted(nm) + ",\"from\":\""
                + from + "\",\"to\":\"" + to + "\",\"iat\":" + iat + ",\"exp\":" + exp + "}";
    }

    /** {@code JXC1.<payload>} of this JSON: the text that is signed. */
    static String signedText(String payloadJson) {
        return PREFIX + ENCODER.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    }

    static String withSignature(String signedText, byte[] signature) {
        return signedText + "." + ENCODER.encodeToString(signature);
    }

    /** The token, or empty when the text is not a well-formed token (the signature is not checked here). */
    static Optional<CardToken> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !BASE64URL.matcher(parts[1]).matches() || !BASE64URL.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!ENCODER.encodeToString(payload).equals(parts[1]) || !ENCODER.encodeToString(signature).equals(parts[2])) {
                return Optional.empty(); // not the canonical encoding: stray bits in the last character
            }
            JsonNode json = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
            if (json == null || !json.isObject() || json.size() != FIELDS.size()
                    || !FIELDS.stream().allMatch(json::has)) {
                return Optional.empty();
            }
            JsonNode v = json.get("v");
            if (!v.isIntegralNumber() || v.asLong() != 1 || !json.get("iat").isIntegralNumber()
                    || !json.get("exp").isIntegralNumber() || !json.get("iat").canConvertToLong()
                    || !json.get("exp").canConvertToLong()) {
                return Optional.empty();
            }
            String kid = text(json, "kid");
            String cn = text(json, "cn");
            String nm = text(json, "nm");
            String from = text(json, "from");
            String to = text(json, "to");
            if (kid == null || kid.isEmpty() || kid.length() > 16 || cn == null || cn.isEmpty() || cn.length() > 40
                    || nm == null || nm.length() > 40 || from == null || to == null) {
                return Optional.empty();
            }
            return Optional.of(new CardToken(kid, cn, nm, LocalDate.parse(from), LocalDate.parse(to),
                    json.get("iat").asLong(), json.get("exp").asLong(), parts[0] + "." + parts[1], signature, text));
        } catch (IllegalArgumentException | DateTimeParseException | JacksonException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the token's text in hex: how a use remembers which token it came from. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String digest() {
        return digest(text);
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node != null && node.isString() ? node.asString() : null;
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
