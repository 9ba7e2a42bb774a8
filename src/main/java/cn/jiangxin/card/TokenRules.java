package cn.jiangxin.card;

import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import cn.jiangxin.platform.BeijingTime;

/**
 * The contract's rules for a token at an instant, in their order: the format; a published key; the signature; a
 * lifetime of at most 300 s; {@code iat - 60 <= t <= exp + 60}; the support period contains the Beijing date of
 * {@code t}; the certificate is not revoked. The keys and the revocation list are asked for, so the rules run the same
 * online (from the database) and in tests.
 */
final class TokenRules {

    /** Clock tolerance between the phone, the server and the venue (s). */
    static final long TOLERANCE = 60;

    private TokenRules() {
    }

    /** A token checked: what it says (null when it does not parse) and why it is refused (null when valid). */
    record Verdict(CardToken token, CardRefusal refusal) {

        boolean valid() {
            return refusal == null;
        }
    }

    static Verdict check(String text, Instant now, Function<String, Optional<PublicKey>> publishedKey,
            Function<String, Optional<Instant>> revokedSince) {
        Optional<CardToken> parsed = CardToken.parse(text);
        if (parsed.isEmpty()) {
            return new Verdict(null, CardRefusal.INVALID_TOKEN);
        }
        CardToken token = parsed.get();
        Optional<PublicKey> key = publishedKey.apply(token.kid());
        if (key.isEmpty()) {
            return new Verdict(token, CardRefusal.UNKNOWN_KEY);
        }
        if (!Sm2.verify(key.get(), token.signedText().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.signature())) {
            return new Verdict(token, CardRefusal.BAD_SIGNATURE);
        }
        if (token.exp() < token.iat() || token.exp() - token.iat() > CardToken.MAX_LIFETIME
                || token.to().isBefore(token.from())) {
            return new Verdict(token, CardRefusal.INVALID_TOKEN);
        }
        long t = now.getEpochSecond();
        if (t > token.exp() + TOLERANCE) {
            return new Verdict(token, CardRefusal.EXPIRED);
        }
        if (t < token.iat() - TOLERANCE) {
            return new Verdict(token, CardRefusal.NOT_YET_VALID);
        }
        LocalDate today = now.atZone(BeijingTime.ZONE).toLocalDate();
        if (today.isBefore(token.from()) || today.isAfter(token.to())) {
            return new Verdict(token, CardRefusal.OUTSIDE_SUPPORT_PERIOD);
        }
        if (revokedSince.apply(token.cn()).filter(since -> !since.isAfter(now)).isPresent()) {
            return new Verdict(token, CardRefusal.REVOKED);
        }
        return new Verdict(token, null);
    }
}
