/**
 * Owns public notices and objections (WF-3): the notice batches an approver publishes, their periods in working days,
 * the public pages, objections filed by anyone and their resolution; it asks the cases it lists through
 * {@link cn.jiangxin.notice.NoticeCases}, which nomination implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public notice", allowedDependencies = { "audit",
        "calendar", "identity", "platform", "policy" })
package cn.jiangxin.notice;
