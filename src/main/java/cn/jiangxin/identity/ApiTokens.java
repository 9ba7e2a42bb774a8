package cn.jiangxin.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens with which other Bureau systems call the APIs. Only a SHA-256 hash is stored; the token itself is shown
 * once, when it is issued.
 */
@Component
class ApiTokens {

    static final String PREFIX = "jx_";

    private final ApiTokenStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenStore store, Clock clock, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    record Issued(long id, String token) {
    }

    /** Who calls with a token: its name, and the user name of the venue account it acts as (null for a system). */
    record Client(String name, String accountUsername) {
    }

    record TokenView(long id, String name, String prefix, String createdBy, Instant createdAt, Instant revokedAt) {
    }

    @Transactional
    Issued issue(String name, String createdBy) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new RuleViolationException("name", "请填写调用方名称（不超过100字）");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + HexFormat.of().formatHex(secret);
        long id = store.insert(clean, hash(token), token.substring(0, 9), createdBy, clock.instant());
        audit.recordChange("API_TOKEN_ISSUED", "api_token", id, clean + " " + token.substring(0, 9) + "…");
        return new Issued(id, token);
    }

    Optional<Client> clientFor(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return store.clientWithHash(hash(token));
    }

    /** A token that acts as the account (a venue's), shown once; audited. */
    @Transactional
    Issued issueForAccount(long accountId, String name, String createdBy) {
        String token = PREFIX + newSecret();
        long id = store.insertForAccount(accountId, name, hash(token), token.substring(0, 9), createdBy, clock.instant());
        audit.recordChange("API_TOKEN_ISSUED", "api_token", id, "account=" + accountId + " " + token.substring(0, 9) + "…");
        return new Issued(id, token);
    }

    /** Stores a token whose text is known (the demo venue's, demo profile only) unless it is stored already. */
    @Transactional
    void ensureForAccount(long accountId, String name, String token) {
        if (!store.hashExists(hash(token))) {
            long id = store.insertForAccount(accountId, name, hash(token), token.substring(0, Math.min(9, token.length())),
                    "demo", clock.instant());
            audit.recordChange("API_TOKEN_ISSUED", "api_token", id, "account=" + accountId + " demo");
        }
    }

    List<TokenView> ofAccount(long accountId) {
        return store.ofAccount(accountId);
    }

    @Transactional
    void revokeOfAccount(long accountId, long id) {
        if (!store.revokeOfAccount(accountId, id, clock.instant())) {
            throw new NotFoundException("api token " + id + " of account " + accountId);
        }
        audit.recordChange("API_TOKEN_REVOKED", "api_token", id, "account=" + accountId);
    }

    private String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    List<TokenView> list() {
        return store.list();
    }

    @Transactional
    void revoke(long id) {
        if (!store.revoke(id, clock.instant()) && !store.exists(id)) {
            throw new NotFoundException("api token " + id);
        }
        audit.recordChange("API_TOKEN_REVOKED", "api_token", id, "");
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
