package cn.jiangxin.testsupport;

import java.util.Set;

import cn.jiangxin.identity.AccountPrincipal;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Accounts for tests: a system administrator to register things with, signed-in users, linked talent accounts. */
public final class TestAccounts {

    /** A system administrator that is no account, for fixtures that register units and people. */
    public static final CurrentUser ROOT = new CurrentUser(0, "fixture", "fixture", Set.of(Role.SYSTEM_ADMIN), null);

    private TestAccounts() {
    }

    /** The account as the services see it once signed in. */
    public static CurrentUser signedIn(UserDetailsService users, String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).toCurrentUser();
    }

    /** A TALENT account linked to the person (no page creates such accounts), created once. */
    public static void talent(AccountRegistry accounts, JdbcClient jdbc, String username, String displayName,
            String password, long personId) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, displayName, password, Set.of(Role.TALENT), null, false));
            jdbc.sql("UPDATE account SET person_id = ? WHERE username = ?").params(personId, username).update();
        }
    }
}
