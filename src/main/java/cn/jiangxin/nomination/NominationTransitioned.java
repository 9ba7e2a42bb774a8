package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.Objects;

/**
 * A nomination moved from one state to another (every WF-2 transition, including submission). For notifications
 * and tracking; {@code reason} is the actor's reason where the action asks for one, else null.
 */
public record NominationTransitioned(long nominationId, long personId, long unitId, NominationState from,
        NominationState to, NominationAction action, long actorAccountId, Instant at, String reason) {

    public NominationTransitioned {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
