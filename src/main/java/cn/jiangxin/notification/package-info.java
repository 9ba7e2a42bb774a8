/**
 * Owns notifications: tells the people concerned, in the application and by e-mail when configured, that a case
 * has moved on, or that a reward was paid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = { "identity", "nomination", "person", "platform", "reward" })
package cn.jiangxin.notification;
