package cn.jiangxin.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the administrators' list shows it. Each lock (for wrong passwords, for wrong second-factor codes) is
 * the moment it ends, or null when none is in force.
 */
public record AccountSummary(long id, String username, String displayName, Set<Role> roles, Long unitId,
        boolean enabled, String email, boolean mustChangePassword, Instant passwordLockedUntil,
        Instant codeLockedUntil) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean locked() {
        return passwordLockedUntil != null || codeLockedUntil != null;
    }

    /** Enabled, not locked, and signing in with a password of its own. */
    public boolean active() {
        return enabled && !locked() && !mustChangePassword;
    }
}
