/**
 * Owns notifications: tells the people concerned, in the application and by e-mail when configured, that a case
 * has moved on, that a reward or a studio's funding was paid, or that an expert was drawn for a need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = { "expert", "funding", "identity", "nomination", "person", "platform", "reward" })
package cn.jiangxin.notification;
