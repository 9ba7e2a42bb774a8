package cn.jiangxin.card;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPrivateKeySpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * SM2 (GB/T 32918) through the Bouncy Castle JCA provider: key pairs on sm2p256v1, signatures {@code SM3withSM2} with
 * the default user id {@code 1234567812345678}, DER-encoded; public keys as the uncompressed point in 130 hex digits.
 */
final class Sm2 {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final ECNamedCurveParameterSpec CURVE = ECNamedCurveTable.getParameterSpec("sm2p256v1");
    private static final String ALGORITHM = "SM3withSM2";

    private Sm2() {
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 key generation failed", e);
        }
    }

    /** The uncompressed point {@code 04 || x || y} in lower-case hex (130 digits). */
    static String publicKeyHex(PublicKey key) {
        return HexFormat.of().formatHex(((ECPublicKey) key).getQ().getEncoded(false));
    }

    /** The private scalar in 64 hex digits; only ever kept encrypted. */
    static String privateKeyHex(PrivateKey key) {
        byte[] d = ((ECPrivateKey) key).getD().toByteArray();
        String hex = HexFormat.of().formatHex(d);
        hex = hex.length() > 64 ? hex.substring(hex.length() - 64) : "0".repeat(64 - hex.length()) + hex;
        return hex;
    }

    static PrivateKey privateKey(String hex) {
        try {
            return KeyFactory.getInstance("EC", PROVIDER).generatePrivate(
                    new ECPrivateKeySpec(new BigInteger(hex, 16), CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an SM2 private key", e);
        }
    }

    /**
     * The private key of a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}), as OpenSSL or GmSSL write it.
     *
     * @throws IllegalArgumentException when the text is no SM2 private key
     */
    static PrivateKey privateKeyFromPem(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            PrivateKey key = KeyFactory.getInstance("EC", PROVIDER)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            if (!(key instanceof ECPrivateKey ec) || !ec.getParameters().getCurve().equals(CURVE.getCurve())) {
                throw new IllegalArgumentException("the key file holds no SM2 private key");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the key file holds no PKCS#8 SM2 private key", e);
        }
    }

    /** The public key belonging to a private key (Q = dG), in 130 hex digits. */
    static String publicKeyHexOf(PrivateKey key) {
        return HexFormat.of().formatHex(CURVE.getG().multiply(((ECPrivateKey) key).getD()).normalize().getEncoded(false));
    }

    static PublicKey publicKey(String hex) {
        try {
            return KeyFactory.getInstance("EC", PROVIDER).generatePublic(
                    new ECPublicKeySpec(CURVE.getCurve().decodePoint(HexFormat.of().parseHex(hex)), CURVE));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an SM2 public key", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM, PROVIDER);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** False for a signature that does not verify, including one that is no DER-encoded SM2 signature at all. */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM, PROVIDER);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
