package cn.jiangxin.card;

import java.time.Clock;
import java.util.Optional;

import cn.jiangxin.certification.Certification;
import cn.jiangxin.certification.CertificationRevocations;
import cn.jiangxin.certification.Certifications;
import cn.jiangxin.certification.Revocation;
import org.springframework.stereotype.Component;

/**
 * Verifies a token online: the contract's rules with the published keys and the revocation list as they stand in
 * the database now (every node reads the same), and, for a valid token, the certification it names.
 */
@Component
class CardVerifications {

    private final CardKeys keys;
    private final CertificationRevocations revocations;
    private final Certifications certifications;
    private final Clock clock;

    CardVerifications(CardKeys keys, CertificationRevocations revocations, Certifications certifications, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.certifications = certifications;
        this.clock = clock;
    }

    TokenRules.Verdict verify(String token) {
        return TokenRules.check(token, clock.instant(), keys::published,
                cn -> revocations.ofCertificateNo(cn).map(Revocation::since));
    }

    /** The certification a valid token names (it exists: only this system's keys sign). */
    Optional<Certification> certificationOf(CardToken token) {
        return Certification.idOf(token.cn()).flatMap(certifications::find)
                .filter(c -> c.certificateNo().equals(token.cn()));
    }
}
