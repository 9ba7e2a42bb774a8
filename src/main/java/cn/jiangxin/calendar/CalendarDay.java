package cn.jiangxin.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One exception day, with the arrangement it comes from (e.g. “春节”). */
record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }
}
