package cn.jiangxin.identity;

import java.time.Clock;

import cn.jiangxin.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Gives an account a new one-time password, to be changed at its next login: the lock is lifted, every session of
 * the account ends, the reset is audited and the holder is told ({@link AccountPasswordReset}). Who may reset whom is
 * decided by the callers.
 */
@Component
class PasswordResets {

    private final AccountSecurityStore store;
    private final PasswordEncoder encoder;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(AccountSecurityStore store, PasswordEncoder encoder, AccountSessions sessions, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Call inside the caller's transaction, so that all of it happens or none. */
    IssuedCredentials reset(long accountId, String username, String auditAction, String auditDetail) {
        String password = OneTimePasswords.forUser(username);
        store.setOneTimePassword(accountId, encoder.encode(password));
        audit.recordChange(auditAction, "account", username, auditDetail);
        sessions.endAll(username);
        events.publishEvent(new AccountPasswordReset(accountId, clock.instant()));
        return new IssuedCredentials(username, password);
    }
}
