/**
 * Owns the printable recommendation form (推荐表, WF-1): a case's form as an A4 PDF with the nominee's photo (read
 * through {@code evidence.NominationFiles}), downloaded and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Paper form",
        allowedDependencies = { "audit", "evidence", "identity", "nomination", "person", "platform", "unit" })
package cn.jiangxin.paperform;
