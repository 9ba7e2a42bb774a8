/**
 * Owns who may do what: accounts, roles, login, password policy, lockout and the signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "audit", "platform" })
package cn.jiangxin.identity;
