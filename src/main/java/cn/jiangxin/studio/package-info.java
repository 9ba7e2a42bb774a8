/**
 * Owns district skill-master and employee-innovation studios (BEN-3): units' applications, the Bureau's review and
 * naming, construction assessments graded by the policy version, the studio lifecycle, and the events that tell other
 * modules a studio was named, assessed or revoked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Studio",
        allowedDependencies = { "audit", "certification", "evidence", "identity", "person", "platform",
        "policy" })
package cn.jiangxin.studio;
