/**
 * Owns the printable recommendation form (推荐表, WF-1): a case's form as an A4 PDF, downloaded and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Paper form",
        allowedDependencies = { "audit", "identity", "nomination", "person", "platform", "unit" })
package cn.jiangxin.paperform;
