/**
 * Owns the Chinese working-day calendar: weekends, statutory holidays and make-up working days (调休).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
        allowedDependencies = { "audit", "platform" })
package cn.jiangxin.calendar;
