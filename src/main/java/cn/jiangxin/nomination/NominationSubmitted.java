package cn.jiangxin.nomination;

import java.time.Instant;
import java.util.Objects;

/** A unit has submitted (or resubmitted) a nomination for review. */
public record NominationSubmitted(long nominationId, long personId, long unitId, Instant at) {

    public NominationSubmitted {
        Objects.requireNonNull(at, "at");
    }
}
