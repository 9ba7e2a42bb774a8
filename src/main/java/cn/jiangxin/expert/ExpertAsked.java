package cn.jiangxin.expert;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An expert was asked to serve on a need, drawn or as the reserve taking a declined place: the notification module
 * tells them (in-app, by e-mail when configured). {@code assignmentId} makes a redelivered event add nothing.
 */
public record ExpertAsked(long assignmentId, long personId, String purpose, LocalDate needDate, Instant deadline,
        boolean reserve) {
}
