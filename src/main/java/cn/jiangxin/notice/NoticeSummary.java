package cn.jiangxin.notice;

import java.time.Instant;
import java.time.LocalDate;

/** A notice as its list shows it: title, period, when it was published and how many cases it lists. */
record NoticeSummary(long id, String title, NoticePeriod period, Instant publishedAt, int cases) {

    public boolean runningOn(LocalDate day) {
        return !day.isBefore(period.firstDay()) && !period.isOverOn(day);
    }

    /** {@code open} while the period is not over on {@code day} (the list's state filter), else {@code ended}. */
    public String stateOn(LocalDate day) {
        return period.isOverOn(day) ? "ended" : "open";
    }
}
