package cn.jiangxin.identity;

import java.util.List;
import java.util.function.Function;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only (no such bean elsewhere): lets the demo data act as the demo accounts, signed in so that the audit
 * log names them, and gives the demo talent's account the login the README lists. A talent account otherwise gets a
 * random “t” name and a one-time password that must be changed.
 */
@Service
@Profile("demo")
public class DemoLogins {

    /** The user name of the demo talent, the certified medallist of the demo cases. */
    public static final String TALENT = "talent";

    /** The password of every demo account, as the README lists it. */
    public static final String DEMO_PASSWORD = "jiangxin2025";

    private final AccountDetails details;
    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    DemoLogins(AccountDetails details, AccountStore store, PasswordEncoder encoder, AuditTrail audit) {
        this.details = details;
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Runs {@code work} signed in as the account, then restores the previous security context. */
    public <T> T as(String username, Function<CurrentUser, T> work) {
        AccountPrincipal principal = (AccountPrincipal) details.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.apply(principal.toCurrentUser());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Renames the person's talent account to {@link #TALENT} with the demo password, kept at first login. Only an
     * account that is nothing but a talent's, and only while the name is free or already its own.
     */
    @Transactional
    public void nameDemoTalent(long personId) {
        var account = store.ofPerson(personId)
                .orElseThrow(() -> new NotFoundException("talent account of person " + personId));
        long id = account.id();
        String before = account.username();
        List<String> roles = store.roleNames(id);
        if (!roles.equals(List.of(Role.TALENT.name()))) {
            throw new IllegalStateException("account of person " + personId + " is not only a talent's");
        }
        if (!before.equals(TALENT) && store.exists(TALENT)) {
            throw new IllegalStateException("user name " + TALENT + " is taken");
        }
        store.rename(id, TALENT, encoder.encode(DEMO_PASSWORD));
        audit.recordChange("DEMO_TALENT_ACCOUNT_NAMED", "account", TALENT, "was " + before + " person=" + personId);
    }
}
