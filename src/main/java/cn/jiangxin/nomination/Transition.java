package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.Objects;

import cn.jiangxin.identity.Role;

/** One step of a nomination's history: who moved it from which state to which, when, and why. */
public record Transition(NominationState from, NominationState to, NominationAction action, long actorAccountId,
        Role actorRole, Instant at, String reason) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(at, "at");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Whether this step was part of the preliminary review (初审) by the given account. */
    public boolean reviewedBy(long accountId) {
        return actorAccountId == accountId && actorRole == Role.REVIEWER;
    }
}
