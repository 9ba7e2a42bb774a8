package cn.jiangxin.expert;

import java.time.Instant;

/** An expert of the pool with their person's name and unit, and how many times they have been asked (drawn). */
record Expert(long id, long personId, String name, long unitId, String unitName, String source,
        ExpertProfile profile, ExpertStatus status, String statusReason, Instant joinedAt, long draws) {

    static final String SELF = "SELF";
    static final String STAFF = "STAFF";
}
