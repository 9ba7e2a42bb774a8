/**
 * Owns public consultations on draft policies: the published drafts, the comment window, comments from every
 * channel, their classification and the feedback report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public consultation",
        allowedDependencies = { "audit", "identity", "platform" })
package cn.jiangxin.consultation;
