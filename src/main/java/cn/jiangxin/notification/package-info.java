/**
 * Owns notifications: tells the people concerned, in the application and by e-mail when configured, that a case
 * has moved on, that a reward was paid, that an expert was drawn for a need, or that a certification was revoked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = { "certification", "expert", "identity", "nomination", "person", "platform", "reward" })
package cn.jiangxin.notification;
