/**
 * Owns the tamper-evident audit log: every state change and every read of sensitive data, chained with SM3.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package cn.jiangxin.audit;
