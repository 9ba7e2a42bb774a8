package cn.jiangxin.expert;

import java.time.LocalDate;
import java.util.Set;

import cn.jiangxin.platform.RuleViolationException;

/** What staff type to open a need, validated. */
public record NeedDraft(String purpose, ExpertRole role, Set<String> trades, int wanted, LocalDate date, Set<Long> units,
        Set<Long> people) {

    public NeedDraft {
        purpose = purpose == null ? "" : purpose.strip();
        if (purpose.isEmpty() || purpose.length() > 500) {
            throw new RuleViolationException("purpose", "expert.refused.purpose");
        }
        if (role == null) {
            throw new RuleViolationException("role", "expert.refused.noRole");
        }
        if (wanted < 1 || wanted > 50) {
            throw new RuleViolationException("wanted", "expert.refused.wanted");
        }
        if (date == null) {
            throw new RuleViolationException("date", "expert.refused.date");
        }
        trades = Set.copyOf(trades);
        units = Set.copyOf(units);
        people = Set.copyOf(people);
    }
}
