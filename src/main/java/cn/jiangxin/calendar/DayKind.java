package cn.jiangxin.calendar;

/** An exception to the ordinary Monday–Friday week. */
enum DayKind {
    /** A statutory holiday or a day off in lieu, on a weekday or weekend. */
    HOLIDAY,
    /** A make-up working day (调休上班) on a weekend. */
    WORKDAY
}
