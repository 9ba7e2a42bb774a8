/**
 * Owns notifications: tells the people concerned, in the application and by e-mail when configured, that a case
 * has moved on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package cn.jiangxin.notification;
