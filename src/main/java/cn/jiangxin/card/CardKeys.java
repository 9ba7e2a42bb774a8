package cn.jiangxin.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SM2 keys that sign card tokens. One key is active on every node: it is read from the database (the first node
 * that needs one creates it, and the unique active slot lets only one creation win), its private key kept there only
 * encrypted under the data key; or, in production, read from the PKCS#8 PEM file that
 * {@code jiangxin.card.signing-key-file} names, with {@code jiangxin.card.signing-key-id} its kid (then only the public
 * key is stored). Administrators rotate: the new key signs from then on, the old one stays published as RETIRED until
 * its last token has expired (300 s plus the 60 s tolerance).
 */
@Component
class CardKeys {

    /** How long a retired key stays published: the longest token lifetime plus the clock tolerance. */
    static final Duration RETIRED_PUBLISHED = Duration.ofSeconds(CardToken.MAX_LIFETIME + TokenRules.TOLERANCE);

    /** A key that signs: its kid and private key (never logged). */
    record SigningKey(String kid, PrivateKey privateKey) {

        @Override
        public String toString() {
            return "SigningKey[" + kid + "]";
        }
    }

    private final CardKeyStore store;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final Optional<SigningKey> fromFile;
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

    CardKeys(CardKeyStore store, FieldCipher cipher, AuditTrail audit, Clock clock,
            @Value("${jiangxin.card.signing-key-file:}") String keyFile,
            @Value("${jiangxin.card.signing-key-id:}") String keyId) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.fromFile = keyFile.isBlank() ? Optional.empty() : Optional.of(readFile(Path.of(keyFile), keyId));
    }

    private static SigningKey readFile(Path file, String kid) {
        if (kid.isBlank() || kid.length() > 16) {
            throw new IllegalStateException("jiangxin.card.signing-key-id must name the key of the file (1 to 16 characters)");
        }
        try {
            return new SigningKey(kid, Sm2.privateKeyFromPem(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the card signing key file " + file, e);
        }
    }

    /** The key that signs now, the same on every node; made on first use. */
    SigningKey active() {
        if (fromFile.isPresent()) {
            return activeFromFile(fromFile.get());
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<CardKeyStore.StoredKey> active = store.active();
            if (active.isPresent()) {
                CardKeyStore.StoredKey key = active.get();
                if (key.sealedPrivateKey() == null) {
                    throw new IllegalStateException("the active card key " + key.kid()
                            + " lives in a key file, but this node has none configured");
                }
                return new SigningKey(key.kid(), privateKeys.computeIfAbsent(key.kid(),
                        kid -> Sm2.privateKey(cipher.decrypt(key.sealedPrivateKey()))));
            }
            create(null);
        }
        throw new IllegalStateException("no active card signing key could be made");
    }

    private SigningKey activeFromFile(SigningKey file) {
        Optional<CardKeyStore.StoredKey> active = store.active();
        if (active.isEmpty() || !active.get().kid().equals(file.kid())) {
            register(file, active.orElse(null));
        }
        return file;
    }

    /** The file's key becomes the active one (once, whichever node starts first); the one before it is retired. */
    @Transactional
    void register(SigningKey file, CardKeyStore.StoredKey before) {
        Instant now = clock.instant();
        if (store.find(file.kid()).isPresent()) {
            return; // registered by another node, or retired on purpose: the file is then out of date, and signs anyway
        }
        if (before != null) {
            store.retire(before.kid(), now, now.plus(RETIRED_PUBLISHED));
        }
        if (store.insertActive(file.kid(), Sm2.publicKeyHexOf(file.privateKey()), null, now)) {
            audit.recordChange("CARD_KEY_CREATED", "card_signing_key", 0L, file.kid() + " file");
        }
    }

    /** A new key, active from now; the one before retired. */
    @Transactional
    String rotate(CurrentUser admin) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("only system administrators rotate card keys");
        }
        if (fromFile.isPresent()) {
            throw new RuleViolationException("rotate", "签名密钥由密钥文件配置，请部署新的密钥文件和密钥编号后重启");
        }
        Optional<CardKeyStore.StoredKey> before = store.active();
        Instant now = clock.instant();
        if (before.isPresent() && !store.retire(before.get().kid(), now, now.plus(RETIRED_PUBLISHED))) {
            throw new RuleViolationException("rotate", "密钥刚刚已被轮换，请刷新页面查看");
        }
        String kid = create(before.map(CardKeyStore.StoredKey::kid).orElse(null));
        if (kid == null) {
            throw new RuleViolationException("rotate", "密钥刚刚已被轮换，请刷新页面查看");
        }
        audit.recordChange("CARD_KEY_ROTATED", "card_signing_key", 0L,
                before.map(CardKeyStore.StoredKey::kid).orElse("-") + " -> " + kid);
        return kid;
    }

    /** Makes and stores a new active key; answers its kid, or null when another node made one meanwhile. */
    private String create(String retired) {
        var pair = Sm2.newKeyPair();
        Instant now = clock.instant();
        String year = String.valueOf(now.atZone(BeijingTime.ZONE).getYear());
        for (int attempt = 0; attempt < 5; attempt++) {
            String kid = year + "-" + String.format("%02d", store.countWithPrefix(year + "-") + 1 + attempt);
            if (store.find(kid).isPresent()) {
                continue;
            }
            if (store.insertActive(kid, Sm2.publicKeyHex(pair.getPublic()), cipher.encrypt(Sm2.privateKeyHex(pair.getPrivate())), now)) {
                if (retired == null) {
                    audit.recordChange("CARD_KEY_CREATED", "card_signing_key", 0L, kid);
                }
                return kid;
            }
            if (store.active().isPresent()) {
                return null;
            }
        }
        return null;
    }

    /** The public key of a published key, for verification. */
    Optional<PublicKey> published(String kid) {
        return store.publishedPublicKey(kid, clock.instant()).map(hex -> publicKeys.computeIfAbsent(hex, Sm2::publicKey));
    }

    /** The keys as the contract publishes them. */
    List<CardKeyStore.StoredKey> publishedKeys() {
        active(); // a venue asking before any card was shown still gets the key that will sign
        return store.published(clock.instant());
    }

    List<CardKeyStore.StoredKey> all() {
        return store.all();
    }
}
