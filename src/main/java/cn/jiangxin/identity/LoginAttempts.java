package cn.jiangxin.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * SEC-3 lockout: five wrong passwords, or five wrong second-factor codes, lock the account for fifteen minutes. Each
 * attempt is counted before its password or code is compared, so that however many arrive at once no more than five
 * are checked per lock; a right one starts the count afresh. The two counts are kept apart: a password login does not
 * wipe out the wrong codes that followed earlier ones.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final AccountSecurityStore store;
    private final Clock clock;

    LoginAttempts(AccountSecurityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Counts a password attempt; false when the password must not be compared (locked, disabled or unknown). */
    boolean countPassword(String username) {
        return store.countPasswordAttempt(username, clock.instant(), MAX_FAILURES, LOCK_TIME);
    }

    void passwordAccepted(long accountId) {
        store.passwordAccepted(accountId, clock.instant());
    }

    /** Counts a second-factor code; false when the code must not be compared. */
    boolean countCode(String username) {
        return store.countCodeAttempt(username, clock.instant(), MAX_FAILURES, LOCK_TIME);
    }

    boolean codesLocked(String username) {
        return store.codesLocked(username, clock.instant());
    }
}
