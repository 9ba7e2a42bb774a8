package cn.jiangxin.card;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.jiangxin.benefit.MaskedName;
import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Issues the talent's card token: for the certification active today (not revoked), signed with the active key,
 * valid for {@link #LIFETIME} seconds. Nothing else is in it: no ID number, no phone, no photo.
 */
@Component
class CardIssuer {

    /**
     * A token's lifetime (s): the page shows a fresh one every 60 s, so a token on screen has two minutes left at
     * least; a screenshot is worthless three minutes later. The contract allows at most 300.
     */
    static final long LIFETIME = 180;

    private final Certifications certifications;
    private final CardKeys keys;
    private final Clock clock;

    CardIssuer(Certifications certifications, CardKeys keys, Clock clock) {
        this.certifications = certifications;
        this.keys = keys;
        this.clock = clock;
    }

    /** A token issued now with its expiry. */
    record Issued(String token, Instant expiresAt, Certification certification) {
    }

    /** The talent's certification active today, if any (revoked and ended ones are not). */
    Optional<Certification> activeOf(CurrentUser talent) {
        return talent.person().flatMap(p -> certifications.activeOn(p, certifications.today()));
    }

    Optional<Issued> issue(CurrentUser talent) {
        return activeOf(talent).map(this::issue);
    }

    Issued issue(Certification c) {
        Instant now = clock.instant();
        return issue(c, now.getEpochSecond(), now.getEpochSecond() + LIFETIME);
    }

    /** A token with the given instants (tests make expired, future and over-long ones with it). */
    Issued issue(Certification c, long iat, long exp) {
        CardKeys.SigningKey key = keys.active();
        String signed = CardToken.signedText(CardToken.payloadJson(key.kid(), c.certificateNo(),
                MaskedName.of(c.personName()), c.supportStart(), c.supportLastDay(), iat, exp));
        byte[] signature = Sm2.sign(key.privateKey(), signed.getBytes(StandardCharsets.US_ASCII));
        return new Issued(CardToken.withSignature(signed, signature), Instant.ofEpochSecond(exp), c);
    }
}
