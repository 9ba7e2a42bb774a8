package cn.jiangxin.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday-care visit was recorded as made: who was visited, in which round and for which occasion ({@code occasion}
 * a code, e.g. {@code SPRING_FESTIVAL}), on what day and by whom. Published once per visit, in the recording's
 * transaction.
 */
public record CareVisitRecorded(long visitId, long roundId, String roundName, String occasion, long personId,
        LocalDate visitedOn, String visitedBy, Instant recordedAt) {

    public CareVisitRecorded {
        Objects.requireNonNull(roundName, "roundName");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(visitedOn, "visitedOn");
        Objects.requireNonNull(visitedBy, "visitedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
