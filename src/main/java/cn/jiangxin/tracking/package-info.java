/**
 * Owns the talent's own pages (WF-5): where each case about them stands and what it still needs, read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
        allowedDependencies = { "identity", "nomination", "person", "platform", "unit" })
package cn.jiangxin.tracking;
