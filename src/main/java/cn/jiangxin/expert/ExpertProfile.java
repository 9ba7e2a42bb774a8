package cn.jiangxin.expert;

import java.util.EnumSet;
import java.util.Set;

import cn.jiangxin.platform.RuleViolationException;

/**
 * What an expert declares: trades and specialities, the roles of art. 4 item 4 they serve in, when they are
 * available, and their conflicts of interest (units and people of the registry).
 */
public record ExpertProfile(Set<String> trades, String specialities, Set<ExpertRole> roles, String availability,
        Set<Long> conflictUnits, Set<Long> conflictPeople) {

    public ExpertProfile {
        trades = Set.copyOf(trades);
        specialities = specialities == null ? "" : specialities.strip();
        availability = availability == null ? "" : availability.strip();
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        conflictUnits = Set.copyOf(conflictUnits);
        conflictPeople = Set.copyOf(conflictPeople);
        if (trades.isEmpty()) {
            throw new RuleViolationException("trades", "expert.refused.noTrade");
        }
        if (roles.isEmpty()) {
            throw new RuleViolationException("roles", "expert.refused.noRole");
        }
        if (Trades.join(trades).length() > 500 || specialities.length() > 1000 || availability.length() > 500) {
            throw new RuleViolationException("specialities", "expert.refused.tooLong");
        }
    }
}
