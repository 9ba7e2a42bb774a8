package cn.jiangxin.expert;

import java.time.LocalDate;
import java.util.Set;

/** What the exclusion rules and the draw read of a need: role, trades, day, the units and people concerned, sizes. */
record NeedFacts(long needId, ExpertRole role, Set<String> trades, LocalDate date, Set<Long> concernedUnits,
        Set<Long> concernedPeople, int wanted, int reserves) {

    NeedFacts {
        trades = Set.copyOf(trades);
        concernedUnits = Set.copyOf(concernedUnits);
        concernedPeople = Set.copyOf(concernedPeople);
        if (wanted < 1 || reserves < 2) {
            throw new IllegalArgumentException("a draw wants at least one expert and two reserves");
        }
    }
}
