/**
 * Owns the Bureau's queues: the reviewers' and the approvers' lists of cases with their age in working days (WF-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review queue",
        allowedDependencies = { "calendar", "identity", "nomination", "person", "platform", "unit" })
package cn.jiangxin.review;
