package cn.jiangxin.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Signs in with user name and password (SEC-3). The attempt is counted before the password is compared
 * ({@link LoginAttempts}), so parallel attempts never get more passwords checked than the limit. A locked, disabled or
 * unknown account, or a password longer than a hash can hold, costs one password hash like a wrong password and gets
 * the same answer; only the audit log tells them apart.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final AccountDetails accounts;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final Supplier<String> decoyHash;

    PasswordLogin(AccountDetails accounts, LoginAttempts attempts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.encoder = encoder;
        this.decoyHash = SingletonSupplier.of(() -> encoder.encode("decoy"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = Objects.toString(authentication.getCredentials(), "");
        boolean counted = attempts.countPassword(username);
        Optional<AccountPrincipal> account = accounts.find(username);
        if (account.isEmpty()) {
            throw refused(new BadCredentialsException("unknown account"));
        }
        AccountPrincipal principal = account.get();
        if (!principal.isEnabled()) {
            throw refused(new DisabledException("disabled"));
        }
        if (!counted) {
            throw refused(new LockedException("locked"));
        }
        if (!PasswordPolicy.fitsHash(password)) {
            throw refused(new BadCredentialsException("longer than a password can be"));
        }
        if (!encoder.matches(password, principal.getPassword())) {
            throw new BadCredentialsException("wrong password");
        }
        attempts.passwordAccepted(principal.toCurrentUser().accountId());
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    /** Spends the time of a password check without making one; the exception names the reason for the audit log. */
    private AuthenticationException refused(AuthenticationException reason) {
        encoder.matches("decoy", decoyHash.get());
        return reason;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
