package cn.jiangxin.care;

import java.time.LocalDate;

import cn.jiangxin.platform.PlainText;
import cn.jiangxin.platform.RuleViolationException;

/**
 * Who is to visit and when: a Bureau staff account ({@code visitorAccount}) or the name of a visiting team (e.g.
 * 区人力社保局领导、工会代表), and the planned day (checked against the round's window when assigned).
 */
public record Assignment(Long visitorAccount, String team, LocalDate plannedOn) {

    public Assignment {
        team = PlainText.optional("team", team, 100, "慰问人员");
        if (visitorAccount == null && team.isEmpty()) {
            throw new RuleViolationException("team", "care.error.visitor");
        }
        if (plannedOn == null) {
            throw new RuleViolationException("plannedOn", "care.error.plannedOn");
        }
    }
}
