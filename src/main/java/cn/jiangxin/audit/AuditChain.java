package cn.jiangxin.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** The SM3 link of one entry: a hash over the previous hash and every field, each length-prefixed. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String link(String previousHash, long id, Instant at, AuditEvent e) {
        SM3Digest sm3 = new SM3Digest();
        for (String part : new String[] {previousHash, Long.toString(id), at.toString(), e.actor(), e.action(),
                e.objectType(), e.objectId(), e.outcome().name(), e.detail()}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            byte[] length = Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII);
            sm3.update(length, 0, length.length);
            sm3.update((byte) ':');
            sm3.update(bytes, 0, bytes.length);
        }
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
