package cn.jiangxin.identity;

import java.util.Set;

public record AccountSummary(long id, String username, String displayName, Set<Role> roles, Long unitId,
        boolean enabled, boolean locked, String email) {
}
