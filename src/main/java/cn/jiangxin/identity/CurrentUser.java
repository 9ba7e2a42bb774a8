package cn.jiangxin.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as other modules see it: who, which roles, for a unit officer which unit, and for a talent
 * which person of the registry they are.
 */
public record CurrentUser(long accountId, String username, String displayName, Set<Role> roles, Long unitId,
        Long personId) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public CurrentUser(long accountId, String username, String displayName, Set<Role> roles, Long unitId) {
        this(accountId, username, displayName, roles, unitId, null);
    }

    public Optional<Long> person() {
        return Optional.ofNullable(personId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<Long> unit() {
        return Optional.ofNullable(unitId);
    }

    /** True when the user may see data of every unit, not only of their own. */
    public boolean seesAllUnits() {
        return roles.stream().anyMatch(Role::isBureauStaff);
    }
}
