package cn.jiangxin.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords. The login page says the same thing whether the
 * account is locked, disabled or the password wrong, so the lock state is never revealed.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        jdbc.sql("UPDATE account SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
        jdbc.sql("""
                UPDATE account SET locked_until = :until, failed_attempts = 0
                WHERE username = :username AND failed_attempts >= :max""")
                .param("until", clock.instant().plus(LOCK_TIME).atOffset(ZoneOffset.UTC))
                .param("username", username)
                .param("max", MAX_FAILURES)
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = ?")
                .param(event.getAuthentication().getName()).update();
    }
}
