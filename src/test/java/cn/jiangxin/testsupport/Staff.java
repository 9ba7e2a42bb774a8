package cn.jiangxin.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.IssuedCredentials;
import cn.jiangxin.identity.NewAccount;
import cn.jiangxin.identity.Role;
import cn.jiangxin.unit.Units;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts of every role for tests without demo data, each opened once per context with {@link #PASSWORD}: one per
 * Bureau role (two reviewers, two finance staff), and two unit officers, each of a unit of their own ({@link #UNIT},
 * a school, and {@link #UNIT2}, an employer). {@link JiangxinTest} and {@link BrowserTest} provide it as a bean.
 */
public class Staff {

    public static final String PASSWORD = "Kit-Staff-2026";
    public static final String ADMIN = "kit-admin";
    public static final String POLICY = "kit-policy";
    public static final String REVIEWER = "kit-reviewer";
    public static final String REVIEWER2 = "kit-reviewer2";
    public static final String APPROVER = "kit-approver";
    public static final String FINANCE = "kit-finance";
    public static final String FINANCE2 = "kit-finance2";
    public static final String VENUE = "kit-venue";
    public static final String OFFICER = "kit-officer";
    public static final String OFFICER2 = "kit-officer2";
    /** The unit of {@link #OFFICER}. */
    public static final String UNIT = "测试区职业技能培训学校";
    /** The unit of {@link #OFFICER2}. */
    public static final String UNIT2 = "测试精密制造有限公司";

    private final AccountRegistry accounts;
    private final UserDetailsService users;
    private final Units units;

    private final Map<String, Supplier<CurrentUser>> kit = Map.of(ADMIN, this::admin, POLICY, this::policy,
            REVIEWER, this::reviewer, REVIEWER2, this::reviewer2, APPROVER, this::approver, FINANCE, this::finance,
            FINANCE2, this::finance2, VENUE, this::venue, OFFICER, this::officer, OFFICER2, this::officer2);

    public Staff(AccountRegistry accounts, UserDetailsService users, Units units) {
        this.accounts = accounts;
        this.users = users;
        this.units = units;
    }

    public CurrentUser admin() {
        return bureau(ADMIN, "测试系统管理员", Role.SYSTEM_ADMIN);
    }

    public CurrentUser policy() {
        return bureau(POLICY, "测试政策科", Role.POLICY_ADMIN);
    }

    public CurrentUser reviewer() {
        return bureau(REVIEWER, "测试审核员甲", Role.REVIEWER);
    }

    public CurrentUser reviewer2() {
        return bureau(REVIEWER2, "测试审核员乙", Role.REVIEWER);
    }

    public CurrentUser approver() {
        return bureau(APPROVER, "测试科长", Role.APPROVER);
    }

    public CurrentUser finance() {
        return bureau(FINANCE, "测试财务制单", Role.FINANCE);
    }

    public CurrentUser finance2() {
        return bureau(FINANCE2, "测试财务复核", Role.FINANCE);
    }

    /** A service venue (PROVIDER). */
    public CurrentUser venue() {
        return bureau(VENUE, "测试服务点", Role.PROVIDER);
    }

    /** The officer of {@link #UNIT}, a school. */
    public CurrentUser officer() {
        return officer(OFFICER, UNIT, "SCHOOL");
    }

    /** The officer of {@link #UNIT2}, an employer. */
    public CurrentUser officer2() {
        return officer(OFFICER2, UNIT2, "EMPLOYER");
    }

    /** A UNIT_OFFICER {@code username} of a new unit {@code unitName} of that kind, both created once. */
    public synchronized CurrentUser officer(String username, String unitName, String kind) {
        if (!accounts.exists(username)) {
            long unitId = TestUnits.register(units, TestAccounts.ROOT, unitName, kind);
            accounts.create(new NewAccount(username, "经办人 " + username, PASSWORD, Set.of(Role.UNIT_OFFICER), unitId,
                    false));
        }
        return TestAccounts.signedIn(users, username);
    }

    /** An account {@code username} with that role and no unit, created once. */
    public synchronized CurrentUser bureau(String username, String displayName, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, displayName, PASSWORD, Set.of(role), null, false));
        }
        return TestAccounts.signedIn(users, username);
    }

    /**
     * An account {@code username} holding all these roles and no unit, created once: for the four-eyes rules, which
     * must hold even when one person is both reviewer and approver.
     */
    public synchronized CurrentUser bureau(String username, String displayName, Role first, Role... more) {
        if (!accounts.exists(username)) {
            Set<Role> roles = new java.util.HashSet<>(Set.of(more));
            roles.add(first);
            accounts.create(new NewAccount(username, displayName, PASSWORD, Set.copyOf(roles), null, false));
        }
        return TestAccounts.signedIn(users, username);
    }

    /** The account of that name (one of this kit's, opened if need be, or any other) as the services see it. */
    public CurrentUser signedIn(String username) {
        return kit.getOrDefault(username, () -> TestAccounts.signedIn(users, username)).get();
    }

    /** The talent of those credentials after their first sign-in: the one-time password changed to {@link #PASSWORD}. */
    public String talent(IssuedCredentials issued) {
        accounts.changePassword(issued.username(), issued.oneTimePassword(), PASSWORD);
        return issued.username();
    }

    /**
     * Signs the account of that name in on this thread (the security context), for beans that read the signed-in user
     * outside a request, such as a TodoSource. Clear it with {@code SecurityContextHolder.clearContext()}.
     */
    public void signInHere(String username) {
        signedIn(username);
        var principal = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
    }

    /** MockMvc signed in as that account (made by this kit or the demo). */
    public RequestPostProcessor as(CurrentUser account) {
        return as(account.username());
    }

    /**
     * Runs {@code action} with the account of that name signed in on this thread (for beans that read the signed-in
     * user, such as a TodoSource), and signs out again.
     */
    public <T> T actingAs(String username, Supplier<T> action) {
        signedIn(username);
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** MockMvc signed in as the account of that name (one of this kit's, opened if need be, or any other). */
    public RequestPostProcessor as(String username) {
        signedIn(username);
        return user(users.loadUserByUsername(username));
    }
}
