package cn.jiangxin.expert;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who works the pool: the Bureau's case officers, section heads and policy staff create needs, draw and co-sign
 * (never the same account both); system administrators may also audit a draw.
 */
final class ExpertDesk {

    static final String STAFF = "hasAnyRole('REVIEWER','APPROVER','POLICY_ADMIN')";
    static final String AUDITORS = "hasAnyRole('REVIEWER','APPROVER','POLICY_ADMIN','SYSTEM_ADMIN')";

    private ExpertDesk() {
    }

    static boolean isStaff(CurrentUser user) {
        return user.has(Role.REVIEWER) || user.has(Role.APPROVER) || user.has(Role.POLICY_ADMIN);
    }

    static void requireStaff(CurrentUser user) {
        if (!isStaff(user)) {
            throw new AccessDeniedException("not expert pool staff");
        }
    }
}
