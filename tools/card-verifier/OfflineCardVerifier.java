/*
 * Offline verification of a Jiangxin talent card token (shared/api/talent-card-v1.md), for a venue with no
 * connection: the published keys and the revocation list saved earlier, and the scanned token. Plain Java 17 and
 * Bouncy Castle's low-level SM2 (org.bouncycastle.crypto.signers.SM2Signer), independent of the server's JCA path.
 *
 *   java -cp bcprov-jdk18on.jar OfflineCardVerifier.java keys.json revocations.json <token> [--at <ISO instant>]
 *
 * Prints VALID or REFUSED <code> (the contract's codes), the certificate, and the age of the revocation list used: an
 * offline check cannot know of a revocation newer than its list. Exit status 0 valid, 1 refused, 2 unusable input.
 */
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;

public final class OfflineCardVerifier {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final long TOLERANCE = 60;
    private static final long MAX_LIFETIME = 300;
    private static final Set<String> FIELDS = Set.of("v", "kid", "cn", "nm", "from", "to", "iat", "exp");

    private OfflineCardVerifier() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && !(args.length == 5 && args[3].equals("--at"))) {
            System.err.println("usage: OfflineCardVerifier keys.json revocations.json <token> [--at <ISO instant>]");
            System.exit(2);
        }
        Instant now = args.length == 5 ? Instant.parse(args[4]) : Instant.now();
        Map<String, Object> keys;
        Map<String, Object> revocations;
        try {
            keys = object(Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
            revocations = object(Json.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            System.err.println("unusable keys or revocations file: " + e.getMessage());
            System.exit(2);
            return;
        }
        Instant asOf = Instant.parse((String) revocations.get("asOf"));
        String[] result = verify(args[2].strip(), now, keys, revocations);
        System.out.println(result[0]);
        Duration age = Duration.between(asOf, now);
        System.out.println("revocation list as of " + asOf + ", age " + (age.isNegative() ? "0m" : age.toHours() + "h "
                + age.toMinutesPart() + "m") + ": revocations after it are not known to this check");
        System.exit(result[0].startsWith("VALID") ? 0 : 1);
    }

    /** The verdict line: {@code VALID cn=… nm=… to=…} or {@code REFUSED <code>}. */
    static String[] verify(String token, Instant now, Map<String, Object> keys, Map<String, Object> revocations) {
        String[] parts = token.split("\\.", -1);
        if (!token.startsWith("JXC1.") || parts.length != 3 || !parts[1].matches("[A-Za-z0-9_-]+")
                || !parts[2].matches("[A-Za-z0-9_-]+")) {
            return refused("INVALID_TOKEN");
        }
        Map<String, Object> p;
        byte[] signature;
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            signature = Base64.getUrlDecoder().decode(parts[2]);
            p = object(Json.parse(new String(payload, StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return refused("INVALID_TOKEN");
        }
        if (!p.keySet().equals(FIELDS) || !Long.valueOf(1).equals(p.get("v")) || !(p.get("kid") instanceof String kid)
                || !(p.get("cn") instanceof String cn) || !(p.get("nm") instanceof String nm)
                || !(p.get("from") instanceof String from) || !(p.get("to") instanceof String to)
                || !(p.get("iat") instanceof Long iat) || !(p.get("exp") instanceof Long exp)) {
            return refused("INVALID_TOKEN");
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from);
            last = LocalDate.parse(to);
        } catch (RuntimeException e) {
            return refused("INVALID_TOKEN");
        }
        String publicKey = null;
        for (Object k : (List<?>) keys.get("keys")) {
            Map<String, Object> key = object(k);
            if (kid.equals(key.get("kid")) && "SM2".equals(key.get("alg"))) {
                publicKey = (String) key.get("publicKey");
            }
        }
        if (publicKey == null) {
            return refused("UNKNOWN_KEY");
        }
        if (!sm2Verifies(publicKey, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature)) {
            return refused("BAD_SIGNATURE");
        }
        if (exp < iat || exp - iat > MAX_LIFETIME || last.isBefore(first)) {
            return refused("INVALID_TOKEN");
        }
        long t = now.getEpochSecond();
        if (t > exp + TOLERANCE) {
            return refused("EXPIRED");
        }
        if (t < iat - TOLERANCE) {
            return refused("NOT_YET_VALID");
        }
        LocalDate today = now.atZone(BEIJING).toLocalDate();
        if (today.isBefore(first) || today.isAfter(last)) {
            return refused("OUTSIDE_SUPPORT_PERIOD");
        }
        for (Object r : (List<?>) revocations.get("revoked")) {
            Map<String, Object> revoked = object(r);
            if (cn.equals(revoked.get("cn")) && !Instant.parse((String) revoked.get("since")).isAfter(now)) {
                return refused("REVOKED");
            }
        }
        return new String[] {"VALID cn=" + cn + " nm=" + nm + " to=" + to};
    }

    /** GB/T 32918.2 with SM3 and the default user id, through Bouncy Castle's low-level signer. */
    static boolean sm2Verifies(String publicKeyHex, byte[] message, byte[] derSignature) {
        try {
            X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
            ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
            var point = curve.getCurve().decodePoint(HexFormat.of().parseHex(publicKeyHex));
            SM2Signer signer = new SM2Signer();
            signer.init(false, new ECPublicKeyParameters(point, domain));
            signer.update(message, 0, message.length);
            return signer.verifySignature(derSignature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String[] refused(String code) {
        return new String[] {"REFUSED " + code};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    /** Just enough JSON: objects, arrays, strings, integers (as Long), true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.i != text.length()) {
                throw new IllegalArgumentException("trailing text");
            }
            return value;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    space();
                    if (s.charAt(i) != '"') {
                        throw new IllegalArgumentException("expected a name");
                    }
                    String name = string();
                    space();
                    expect(':');
                    if (map.put(name, value()) != null) {
                        throw new IllegalArgumentException("duplicate name " + name);
                    }
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Object> list = new ArrayList<>();
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            if (c == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i < s.length() && ".eE".indexOf(s.charAt(i)) >= 0) {
                throw new IllegalArgumentException("not an integer at " + start);
            }
            return new BigInteger(s.substring(start, i)).longValueExact();
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
