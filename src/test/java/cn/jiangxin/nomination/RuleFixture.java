package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;

/** Cases and actors for the tests of single workflow rules, built directly rather than through the rules. */
final class RuleFixture {

    static final long UNIT = 100;
    static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

    private RuleFixture() {
    }

    static CurrentUser actor(long accountId, Long unitId, Role... roles) {
        return new CurrentUser(accountId, "u" + accountId, "用户" + accountId, Set.of(roles), unitId);
    }

    static CurrentUser officer() {
        return actor(1, UNIT, Role.UNIT_OFFICER);
    }

    static CurrentUser reviewer(long accountId) {
        return actor(accountId, null, Role.REVIEWER);
    }

    static CurrentUser approver(long accountId) {
        return actor(accountId, null, Role.APPROVER);
    }

    /** One step of a history: the action, taken by the account in the action's role. */
    static Transition step(NominationAction action, long accountId) {
        NominationState from = Arrays.stream(NominationState.values()).filter(action::allowedFrom).findFirst()
                .orElseThrow();
        return new Transition(from, action.target(), action, accountId, action.role(), AT, null);
    }

    static NominationWorkflow workflow(NominationState state, Transition... history) {
        return new NominationWorkflow(UNIT, state, List.of(history));
    }
}
