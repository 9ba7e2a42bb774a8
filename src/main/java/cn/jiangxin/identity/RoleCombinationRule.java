package cn.jiangxin.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Separation of duties (SPEC §1): the system administrator makes no case decisions, so no account is both an
 * administrator and one of those who review, approve or pay. (That a finance officer never both makes and checks one
 * batch is decided per batch by the reward module.) Returns the reason a combination is refused, if it is.
 */
final class RoleCombinationRule {

    /** The roles that decide cases and payments. */
    static final Set<Role> DECIDERS = Collections.unmodifiableSet(EnumSet.of(Role.REVIEWER, Role.APPROVER, Role.FINANCE));

    private RoleCombinationRule() {
    }

    static Optional<String> refusal(Set<Role> roles) {
        if (roles.contains(Role.SYSTEM_ADMIN) && !Collections.disjoint(roles, DECIDERS)) {
            return Optional.of("系统管理员不参与案件审核、审批和资金发放，不能同时担任初审人员、复审科长或财务（职责分离）");
        }
        return Optional.empty();
    }
}
