/**
 * Owns nominations: the recommendation form a unit fills for one of its people and the case's
 * way through review, approval and public notice to certification (WF-1, WF-2); it implements notice's
 * {@link cn.jiangxin.notice.NoticeCases} and evidence's {@link cn.jiangxin.evidence.EvidenceCases}, so neither
 * depends on nomination, and selection's {@link cn.jiangxin.selection.CandidateRecords}; it keeps the honours selection
 * rounds confer ({@link cn.jiangxin.selection.HonourAwarded}) on the person's record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nomination",
        allowedDependencies = { "audit", "calendar", "certification", "eligibility", "eligibility :: domain",
        "evidence", "identity", "notice", "person", "platform", "policy", "selection", "studio", "unit" })
package cn.jiangxin.nomination;
