package cn.jiangxin.identity;

import java.util.List;
import java.util.function.Function;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.platform.NotFoundException;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    DemoLogins(AccountDetails details, JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit) {
        this.details = details;
        this.jdbc = jdbc;
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
        var account = jdbc.sql("SELECT id, username FROM account WHERE person_id = ?").param(personId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("talent account of person " + personId));
        long id = (Long) account[0];
        String before = (String) account[1];
        List<String> roles = jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(id)
                .query(String.class).list();
        if (!roles.equals(List.of(Role.TALENT.name()))) {
            throw new IllegalStateException("account of person " + personId + " is not only a talent's");
        }
        if (!before.equals(TALENT) && jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?").param(TALENT)
                .query(Long.class).single() > 0) {
            throw new IllegalStateException("user name " + TALENT + " is taken");
        }
        jdbc.sql("UPDATE account SET username = ?, password_hash = ?, must_change_password = FALSE WHERE id = ?")
                .params(TALENT, encoder.encode(DEMO_PASSWORD), id).update();
        audit.recordChange("DEMO_TALENT_ACCOUNT_NAMED", "account", TALENT, "was " + before + " person=" + personId);
    }
}
