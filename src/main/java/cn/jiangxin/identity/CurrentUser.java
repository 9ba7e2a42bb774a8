package cn.jiangxin.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The signed-in user as other modules see it: who, which roles, and for a unit officer, which unit. */
public record CurrentUser(long accountId, String username, String displayName, Set<Role> roles, Long unitId) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
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
