/**
 * Owns what certification grants a leading talent (SPEC §4, art. 4): one entitlement per measure of the policy
 * version, valid for the support period, services with a quota per support year, their redemption at venues and
 * their lapse when the period ends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benefits",
        allowedDependencies = { "audit", "certification", "identity", "person", "platform", "policy" })
package cn.jiangxin.benefit;
