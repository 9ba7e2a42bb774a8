/**
 * Owns the person registry: people identified by their resident ID number, with name, sex, birth date and phone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package cn.jiangxin.person;
