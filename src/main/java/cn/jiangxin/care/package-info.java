/**
 * Owns holiday-care visits (issue 16 item 5, art. 4 (八) 假期关怀慰问): the rounds Bureau staff plan for an occasion, the
 * leading talents due for each (active, with HOLIDAY_CARE quota left), the visits assigned and recorded, each recorded
 * visit counted once against the talent's quota through {@code benefit.ServiceHolds} and announced as
 * {@link cn.jiangxin.care.CareVisitRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Holiday care",
        allowedDependencies = { "audit", "benefit", "certification", "identity", "person", "platform", "policy" })
package cn.jiangxin.care;
