package cn.jiangxin.selection;

import cn.jiangxin.platform.RuleViolationException;

/**
 * A unit's short form proposing one of its people for a round: the person, their trade and skill level (codes of the
 * form's levels), years of service, and why the unit proposes them. Messages are keys of the selection bundle.
 */
public record Proposal(long personId, String trade, String skillLevel, Integer serviceYears, String reason) {

    static final int MAX_REASON = 1000;

    public Proposal {
        trade = trade == null ? "" : trade.strip();
        skillLevel = skillLevel == null || skillLevel.isBlank() ? null : skillLevel.strip();
        reason = reason == null ? "" : reason.strip();
        if (personId <= 0) {
            throw new RuleViolationException("personId", "selection.error.person");
        }
        if (trade.isEmpty() || trade.length() > 50) {
            throw new RuleViolationException("trade", "selection.error.trade");
        }
        if (serviceYears != null && (serviceYears < 0 || serviceYears > 60)) {
            throw new RuleViolationException("serviceYears", "selection.error.serviceYears");
        }
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new RuleViolationException("reason", "selection.error.reason");
        }
    }
}
