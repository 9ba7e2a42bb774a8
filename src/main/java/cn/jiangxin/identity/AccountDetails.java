package cn.jiangxin.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account with its roles for login. */
@Component
class AccountDetails implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetails(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    Optional<AccountPrincipal> find(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ?")
                .param(username).query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
        return jdbc.sql("""
                SELECT id, username, display_name, password_hash, enabled, must_change_password, locked_until, unit_id,
                       totp_secret, person_id
                FROM account WHERE username = ?""").param(username)
                .query((rs, n) -> {
                    java.sql.Timestamp locked = rs.getTimestamp("locked_until");
                    return new AccountPrincipal(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), rs.getString("password_hash"), roles,
                            rs.getObject("unit_id", Long.class), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(), clock.instant(),
                            rs.getBoolean("must_change_password"), rs.getString("totp_secret") != null,
                            rs.getObject("person_id", Long.class));
                })
                .optional();
    }
}
