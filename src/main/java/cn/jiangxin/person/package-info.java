/**
 * Owns the person registry: people identified by their resident ID number, with name, sex, birth date and phone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = { "audit", "identity", "platform", "unit" })
package cn.jiangxin.person;
