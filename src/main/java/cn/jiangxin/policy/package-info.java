/**
 * Owns the policy as data: versioned policy packs (criteria, amounts, periods, quotas, each with the article it
 * implements), their publication with an effective date, and the choice of the version in force on a date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy",
        allowedDependencies = { "identity", "platform" })
package cn.jiangxin.policy;
