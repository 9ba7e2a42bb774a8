package cn.jiangxin.nomination;

import java.time.Instant;

/** One case on a case list: its number, whose it is (names looked up in the same query), its state and dates. */
public record CaseRow(long id, CaseNumber number, long personId, String personName, long unitId, String unitName,
        NominationState state, Instant createdAt, Instant submittedAt) {
}
