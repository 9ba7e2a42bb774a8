/**
 * Owns who may do what: accounts, roles, login, password policy, lockout and the signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package cn.jiangxin.identity;
