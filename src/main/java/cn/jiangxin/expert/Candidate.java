package cn.jiangxin.expert;

import java.util.Set;

/**
 * An expert as the exclusion rules see them for one need: their person and unit, whether they are a leading talent
 * with an active certification, their status, roles, trades, declared conflicts, and whether they are already engaged
 * (asked or accepted) on another need of the same day.
 */
record Candidate(long expertId, long personId, long unitId, boolean leading, ExpertStatus status,
        Set<ExpertRole> roles, Set<String> trades, Set<Long> conflictUnits, Set<Long> conflictPeople,
        boolean engagedThatDay) {

    Candidate {
        roles = Set.copyOf(roles);
        trades = Set.copyOf(trades);
        conflictUnits = Set.copyOf(conflictUnits);
        conflictPeople = Set.copyOf(conflictPeople);
    }
}
