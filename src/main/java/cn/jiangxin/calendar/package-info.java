/**
 * Owns the Chinese working-day calendar: weekends, statutory holidays and make-up working days (调休).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package cn.jiangxin.calendar;
