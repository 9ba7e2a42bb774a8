package cn.jiangxin.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A need for experts: what for, the role, trades, how many, the day, the units and people it concerns. */
record Need(long id, String purpose, ExpertRole role, Set<String> trades, int wanted, LocalDate date,
        Set<Long> concernedUnits, Set<Long> concernedPeople, String state, long createdByAccount, String createdBy,
        Instant createdAt) {

    static final String OPEN = "OPEN";
    static final String COMMITTED = "COMMITTED";
    static final String DRAWN = "DRAWN";

    NeedFacts facts(int reserves) {
        return new NeedFacts(id, role, trades, date, concernedUnits, concernedPeople, wanted, reserves);
    }
}
