/**
 * Owns the eligibility engine (SPEC POL-1..4): who is a leading talent on a date under the policy version in
 * force, with a reason for every check; the public v1 evaluation API, the self-check page, and stored decisions
 * that keep the version they used.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility",
        allowedDependencies = { "person", "platform", "policy" })
package cn.jiangxin.eligibility;
