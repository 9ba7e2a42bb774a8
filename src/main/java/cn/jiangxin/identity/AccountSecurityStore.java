package cn.jiangxin.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for what guards an account's sign-in: the counters and locks of wrong passwords and of wrong second-factor
 * codes, the first successful login, one-time passwords, and the second factor's (encrypted) secrets.
 *
 * <p>An attempt is counted by one conditional UPDATE before the password or code is compared: it matches only an
 * enabled account whose lock is not in force, raises the counter (to 1 when a lock has run out), and sets the lock
 * when the counter reaches the limit. Concurrent UPDATEs of one row are serialised by the database, each seeing the
 * row the previous one left, so no more attempts than the limit are ever counted, and hence checked, per lock.
 */
@Repository
class AccountSecurityStore {

    private final JdbcClient jdbc;

    AccountSecurityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts a password attempt; false, counting nothing, when the account is unknown, disabled, or locked for wrong
     * passwords or wrong codes.
     */
    boolean countPasswordAttempt(String username, Instant now, int limit, Duration lock) {
        return jdbc.sql("""
                UPDATE account SET
                    failed_attempts = CASE WHEN locked_until IS NULL THEN failed_attempts + 1 ELSE 1 END,
                    locked_until = CASE WHEN (CASE WHEN locked_until IS NULL THEN failed_attempts + 1 ELSE 1 END) >= :limit
                                        THEN :until ELSE NULL END
                WHERE username = :username AND enabled = TRUE
                  AND (locked_until IS NULL OR locked_until <= :now)
                  AND (totp_locked_until IS NULL OR totp_locked_until <= :now)""")
                .param("username", username).param("now", DbTime.toDb(now)).param("until", DbTime.toDb(now.plus(lock)))
                .param("limit", limit).update() == 1;
    }

    /** Counts a second-factor code; false, counting nothing, when the account has no second factor or is locked. */
    boolean countCodeAttempt(String username, Instant now, int limit, Duration lock) {
        return jdbc.sql("""
                UPDATE account SET
                    totp_failed_attempts = CASE WHEN totp_locked_until IS NULL THEN totp_failed_attempts + 1 ELSE 1 END,
                    totp_locked_until = CASE WHEN (CASE WHEN totp_locked_until IS NULL THEN totp_failed_attempts + 1 ELSE 1 END)
                                                  >= :limit
                                             THEN :until ELSE NULL END
                WHERE username = :username AND enabled = TRUE AND totp_secret IS NOT NULL
                  AND (totp_locked_until IS NULL OR totp_locked_until <= :now)""")
                .param("username", username).param("now", DbTime.toDb(now)).param("until", DbTime.toDb(now.plus(lock)))
                .param("limit", limit).update() == 1;
    }

    /** The password was right: its count starts afresh, and the first login is remembered. */
    void passwordAccepted(long accountId, Instant now) {
        jdbc.sql("""
                UPDATE account SET failed_attempts = 0, locked_until = NULL, first_login_at = COALESCE(first_login_at, ?)
                WHERE id = ?""").params(DbTime.toDb(now), accountId).update();
    }

    /**
     * The code of this step was right: it becomes the last used one, unless another request used it (or a later one)
     * first, and the count of wrong codes starts afresh. False for a code already used.
     */
    boolean codeAccepted(String username, long step) {
        return jdbc.sql("""
                UPDATE account SET totp_last_step = ?, totp_failed_attempts = 0, totp_locked_until = NULL
                WHERE username = ? AND totp_last_step < ?""").params(step, username, step).update() == 1;
    }

    boolean codesLocked(String username, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ? AND totp_locked_until > ?")
                .params(username, DbTime.toDb(now)).query(Long.class).single() > 0;
    }

    /** Lifts both locks; false when there is no such account. */
    boolean unlock(long accountId) {
        return jdbc.sql("""
                UPDATE account SET failed_attempts = 0, locked_until = NULL, totp_failed_attempts = 0,
                    totp_locked_until = NULL
                WHERE id = ?""").param(accountId).update() == 1;
    }

    /** Replaces the password by a one-time password, to be changed at the next login, and lifts both locks. */
    void setOneTimePassword(long accountId, String hash) {
        jdbc.sql("""
                UPDATE account SET password_hash = ?, must_change_password = TRUE, failed_attempts = 0,
                    locked_until = NULL, totp_failed_attempts = 0, totp_locked_until = NULL
                WHERE id = ?""").params(hash, accountId).update();
    }

    Optional<Instant> firstLogin(long accountId) {
        return jdbc.sql("SELECT first_login_at FROM account WHERE id = ?").param(accountId)
                .query((rs, n) -> Optional.ofNullable(DbTime.instant(rs, 1)))
                .single();
    }

    /** The account's encrypted second-factor secret; empty when it has none or there is no such account. */
    Optional<String> totpSecret(String username) {
        return jdbc.sql("SELECT totp_secret FROM account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** The encrypted secret being enrolled; empty when there is none or no such account. */
    Optional<String> pendingTotpSecret(String username) {
        return jdbc.sql("SELECT totp_pending_secret FROM account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** False when there is no such account. */
    boolean setPendingTotpSecret(String username, String encrypted) {
        return jdbc.sql("UPDATE account SET totp_pending_secret = ? WHERE username = ?")
                .params(encrypted, username).update() > 0;
    }

    /** The pending secret becomes the second factor; {@code step} is its last used code. */
    void confirmPendingTotpSecret(String username, long step) {
        jdbc.sql("""
                UPDATE account SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = ?
                WHERE username = ?""").params(step, username).update();
    }

    /** The encrypted secret (null when there is none) and the last used step of the account's second factor. */
    record TotpState(String secret, long lastStep) {
    }

    TotpState totpState(String username) {
        return jdbc.sql("SELECT totp_secret, totp_last_step FROM account WHERE username = ?").param(username)
                .query((rs, n) -> new TotpState(rs.getString(1), rs.getLong(2))).single();
    }

    /** Removes the second factor and its lock; false when there is no such account. */
    boolean resetSecondFactor(long accountId) {
        return jdbc.sql("""
                UPDATE account SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = 0,
                    totp_failed_attempts = 0, totp_locked_until = NULL
                WHERE id = ?""")
                .param(accountId).update() > 0;
    }

}
