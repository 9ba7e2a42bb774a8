package cn.jiangxin.offering;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person on an offering's waiting list was given a seat (a cancellation, or held seats released): the person and
 * their unit are told, with what, when and where.
 */
public record WaitingListPromoted(long enrolmentId, long offeringId, long personId, long unitId, String personName,
        String title, LocalDate startsOn, String place, Instant promotedAt) {
}
