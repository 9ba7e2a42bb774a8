/**
 * Owns imported authoritative lists (issue 17 items 1-5): a list uploaded and stored outside the web root, the column
 * mapping kept per source, and the background import that reads it through {@code platform.tabular}, keeps each row
 * exactly once (accepted as a source's entry without duplicates across re-imports, a changed row as a correction, a
 * bad row rejected with its reasons) and resumes after the node running it is killed; and policy staff's pages
 * (/imports: upload, mapping, progress, rejected rows, corrections) and to-dos about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "List import",
        allowedDependencies = { "platform", "identity", "audit" })
package cn.jiangxin.listimport;
