/**
 * Owns the files of cases (SEC-4): evidence, stamped forms and the nominee's ID photo (one per case); uploads judged
 * by content and limited in size, their bytes in the file vault outside the web root, their metadata rows, and
 * downloads for whoever may see the case; it asks who that is through {@link cn.jiangxin.evidence.EvidenceCases},
 * which nomination implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence files", allowedDependencies = { "audit",
        "identity", "platform" })
package cn.jiangxin.evidence;
