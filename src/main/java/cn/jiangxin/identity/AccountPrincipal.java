package cn.jiangxin.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What the session keeps about a signed-in account. */
public final class AccountPrincipal implements UserDetails, Serializable {

    private static final long serialVersionUID = 3L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final Long unitId;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final Instant now;
    private final boolean mustChangePassword;
    private final boolean secondFactorEnrolled;
    private final Long personId;

    AccountPrincipal(long accountId, String username, String displayName, String passwordHash, Set<Role> roles,
            Long unitId, boolean enabled, Instant lockedUntil, Instant now, boolean mustChangePassword,
            boolean secondFactorEnrolled, Long personId) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.unitId = unitId;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.now = now;
        this.mustChangePassword = mustChangePassword;
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.personId = personId;
    }

    public boolean isSecondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(accountId, username, displayName, roles, unitId, personId);
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(now);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
