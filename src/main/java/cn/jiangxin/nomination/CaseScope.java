package cn.jiangxin.nomination;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;

/** Who may see a case: reviewers and approvers every case, a unit officer their own unit's; nobody else. */
public final class CaseScope {

    private CaseScope() {
    }

    static boolean isStaff(CurrentUser user) {
        return user.has(Role.REVIEWER) || user.has(Role.APPROVER);
    }

    static boolean isOfficerOf(CurrentUser user, long unitId) {
        return user.has(Role.UNIT_OFFICER) && user.unit().filter(u -> u == unitId).isPresent();
    }

    /** A talent reads the cases about themselves, and only those. */
    public static boolean isTalentOf(CurrentUser user, long personId) {
        return user.has(Role.TALENT) && user.person().filter(p -> p == personId).isPresent();
    }

    static boolean maySee(CurrentUser user, long unitId) {
        return isStaff(user) || isOfficerOf(user, unitId);
    }
}
