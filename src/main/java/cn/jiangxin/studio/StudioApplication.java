package cn.jiangxin.studio;

import cn.jiangxin.platform.RuleViolationException;

/**
 * What a unit applies with: the studio's name, type, trade, leader (a person of the unit), members (one a line),
 * premises and construction plan. Each field is checked here, with the field it concerns.
 */
public record StudioApplication(String name, StudioType type, String trade, long leaderPersonId, String members,
        String premises, String plan) {

    static final int MAX_NAME = 100;
    static final int MAX_TRADE = 50;
    static final int MAX_MEMBERS = 2000;
    static final int MAX_PREMISES = 500;
    static final int MAX_PLAN = 4000;

    public StudioApplication {
        name = required(name, "name", MAX_NAME);
        trade = required(trade, "trade", MAX_TRADE);
        members = required(members, "members", MAX_MEMBERS);
        premises = required(premises, "premises", MAX_PREMISES);
        plan = required(plan, "plan", MAX_PLAN);
        if (type == null) {
            throw new RuleViolationException("type", "studio.error.type");
        }
        if (leaderPersonId <= 0) {
            throw new RuleViolationException("leaderPersonId", "studio.error.leader");
        }
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new RuleViolationException(field, "studio.error.required." + field);
        }
        if (v.length() > max) {
            throw new RuleViolationException(field, "studio.error.tooLong." + field);
        }
        return v;
    }
}
