/**
 * Owns notifications: tells the people concerned, in the application and by e-mail when configured, that a case
 * has moved on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = { "identity", "nomination", "person", "platform" })
package cn.jiangxin.notification;
