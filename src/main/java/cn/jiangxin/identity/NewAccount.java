package cn.jiangxin.identity;

import java.util.Set;

/** A request to open an account. A unit officer must name their unit. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles, Long unitId,
        boolean mustChangePassword) {

    public NewAccount {
        username = username == null ? "" : username.strip();
        displayName = displayName == null ? "" : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
