package cn.jiangxin.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive fields (ID numbers, phone numbers, bank accounts) for storage with SM4 in GCM mode and a fresh
 * random IV per value, and computes an HMAC-SM3 blind index for exact lookup and uniqueness without decrypting.
 * Stored form: {@code k<version>:<base64(iv || ciphertext || tag)>}. Both keys are derived from the data key.
 */
@Component
public class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String version;
    private final byte[] encryptionKey;
    private final byte[] indexKey;
    private final SecureRandom random = new SecureRandom();
    /** One HMAC-SM3 per thread keyed once with the index key (its key blocks are kept across values). */
    private final ThreadLocal<HMac> indexMac;
    /** One SM4-GCM per thread; each value re-initialises it with its own IV, the key schedule kept. */
    private final ThreadLocal<GCMModeCipher> encrypting = ThreadLocal.withInitial(
            () -> GCMBlockCipher.newInstance(new SM4Engine()));
    private final ThreadLocal<boolean[]> encryptingKeyed = ThreadLocal.withInitial(() -> new boolean[1]);

    FieldCipher(DataKey dataKey) {
        this.version = "k" + dataKey.version();
        this.encryptionKey = Arrays.copyOf(hmac(dataKey.bytes(), "jiangxin/field-cipher/sm4"), 16);
        this.indexKey = hmac(dataKey.bytes(), "jiangxin/blind-index/hmac-sm3");
        this.indexMac = ThreadLocal.withInitial(() -> keyed(indexKey));
    }

    public static FieldCipher withKey(byte[] key) {
        return new FieldCipher(new DataKey(1, key));
    }

    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        GCMModeCipher gcm = encrypting.get();
        boolean[] keyed = encryptingKeyed.get();
        // a null key re-uses the one set the first time (the cipher refuses the same IV twice under one key)
        gcm.init(true, new AEADParameters(keyed[0] ? null : new KeyParameter(encryptionKey), TAG_BITS, iv,
                version.getBytes(StandardCharsets.US_ASCII)));
        keyed[0] = true;
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[IV_BYTES + gcm.getOutputSize(in.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        int n = gcm.processBytes(in, 0, in.length, out, IV_BYTES);
        try {
            gcm.doFinal(out, IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
        return version + ":" + Base64.getEncoder().encodeToString(out);
    }

    /** @throws IllegalStateException when the value was made with another key or has been altered */
    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0 || !stored.substring(0, colon).equals(version)) {
            throw new IllegalStateException("value was encrypted with an unknown key version");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        GCMModeCipher gcm = gcm(false, Arrays.copyOf(all, IV_BYTES));
        byte[] out = new byte[gcm.getOutputSize(all.length - IV_BYTES)];
        int n = gcm.processBytes(all, IV_BYTES, all.length - IV_BYTES, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encrypted value failed its integrity check", e);
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** Deterministic keyed hash of a normalised value (hex), for equality lookup only. */
    public String blindIndex(String plain) {
        return HexFormat.of().formatHex(mac(indexMac.get(), plain));
    }

    private GCMModeCipher gcm(boolean encrypt, byte[] iv) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(encryptionKey), TAG_BITS, iv,
                version.getBytes(StandardCharsets.US_ASCII)));
        return gcm;
    }

    private static byte[] hmac(byte[] key, String message) {
        return mac(keyed(key), message);
    }

    private static HMac keyed(byte[] key) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        return mac;
    }

    /** The HMAC of a message; leaves {@code mac} reset with its key, ready for the next one. */
    private static byte[] mac(HMac mac, String message) {
        byte[] in = message.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
