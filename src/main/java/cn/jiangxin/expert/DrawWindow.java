package cn.jiangxin.expert;

import java.time.LocalDate;

import cn.jiangxin.calendar.WorkingCalendar;
import cn.jiangxin.platform.RuleViolationException;

/**
 * Art. 4 item 4 as the policy version sets it: a need's experts are drawn at most {@code workingDaysBefore} working
 * days before its date (so that nobody knows them long before), and before the day itself.
 */
record DrawWindow(int workingDaysBefore, WorkingCalendar calendar) {

    boolean allows(LocalDate today, LocalDate needDate) {
        return today.isBefore(needDate) && calendar.workingDaysBetween(today, needDate) <= workingDaysBefore;
    }

    /** The first day a draw for the need is allowed. */
    public LocalDate opens(LocalDate needDate) {
        LocalDate day = needDate.minusDays(1);
        while (calendar.workingDaysBetween(day.minusDays(1), needDate) <= workingDaysBefore) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Refuses a draw outside the window (the need's page shows the first day it opens). */
    void require(LocalDate today, LocalDate needDate) {
        if (!today.isBefore(needDate)) {
            throw new RuleViolationException("expert.refused.dayReached");
        }
        if (!allows(today, needDate)) {
            throw new RuleViolationException("expert.refused.tooEarly");
        }
    }
}
