package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;

/**
 * The server signs through the JCA provider ({@link Sm2}); Bouncy Castle's low-level {@link SM2Signer}, with the
 * contract's user id given explicitly, verifies those signatures and makes ones the server accepts. A different user
 * id or message fails both ways, so the test would notice a path that ignored them.
 */
class Sm2InteroperabilityTest {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(),
            CURVE.getH());
    private static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private static ECPublicKeyParameters lowLevelPublic(String hex) {
        return new ECPublicKeyParameters(CURVE.getCurve().decodePoint(HexFormat.of().parseHex(hex)), DOMAIN);
    }

    private static boolean lowLevelVerify(String publicHex, byte[] id, byte[] message, byte[] signature) {
        SM2Signer signer = new SM2Signer();
        signer.init(false, new ParametersWithID(lowLevelPublic(publicHex), id));
        signer.update(message, 0, message.length);
        return signer.verifySignature(signature);
    }

    @Test
    void aTokenSignedThroughTheJcaProviderVerifiesWithTheLowLevelSigner() {
        KeyPair pair = Sm2.newKeyPair();
        String publicHex = Sm2.publicKeyHex(pair.getPublic());
        assertThat(publicHex).matches("04[0-9a-f]{128}");
        assertThat(Sm2.publicKeyHexOf(pair.getPrivate())).isEqualTo(publicHex);
        String signed = CardToken.signedText(CardToken.payloadJson("2026-01", "CYLJ-2026-00001", "马*",
                java.time.LocalDate.of(2026, 11, 29), java.time.LocalDate.of(2028, 11, 28), 1764400000L, 1764400300L));
        byte[] message = signed.getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Sm2.sign(pair.getPrivate(), message);

        assertThat(lowLevelVerify(publicHex, USER_ID, message, signature)).isTrue();
        assertThat(lowLevelVerify(publicHex, "another-user-id!".getBytes(StandardCharsets.US_ASCII), message, signature)).isFalse();
        assertThat(lowLevelVerify(publicHex, USER_ID, (signed + "x").getBytes(StandardCharsets.US_ASCII), signature)).isFalse();
        assertThat(OfflineVerifierPath.verifies(publicHex, message, signature)).isTrue();
    }

    @Test
    void aSignatureOfTheLowLevelSignerVerifiesThroughTheJcaProvider() throws Exception {
        KeyPair pair = Sm2.newKeyPair();
        BigInteger d = new BigInteger(Sm2.privateKeyHex(pair.getPrivate()), 16);
        byte[] message = "JXC1.eyJ2IjoxfQ".getBytes(StandardCharsets.US_ASCII);
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithID(new ECPrivateKeyParameters(d, DOMAIN), USER_ID));
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();

        assertThat(Sm2.verify(Sm2.publicKey(Sm2.publicKeyHex(pair.getPublic())), message, signature)).isTrue();
        message[5] ^= 1;
        assertThat(Sm2.verify(Sm2.publicKey(Sm2.publicKeyHex(pair.getPublic())), message, signature)).isFalse();
    }

    @Test
    void theFileKeyOfProductionIsReadFromPkcs8Pem() {
        KeyPair pair = Sm2.newKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        assertThat(Sm2.publicKeyHexOf(Sm2.privateKeyFromPem(pem))).isEqualTo(Sm2.publicKeyHex(pair.getPublic()));
    }

    /** The verification as tools/card-verifier does it (default user id implied by the low-level signer). */
    static final class OfflineVerifierPath {
        static boolean verifies(String publicHex, byte[] message, byte[] signature) {
            SM2Signer signer = new SM2Signer();
            signer.init(false, lowLevelPublic(publicHex));
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        }
    }
}
