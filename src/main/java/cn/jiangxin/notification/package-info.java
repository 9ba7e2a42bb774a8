/**
 * Owns notifications: tells the people concerned, in the application and by e-mail when configured, that a case
 * has moved on, that a reward or a studio's funding was paid, that an expert was drawn for a need, that a seat was
 * given from an offering's waiting list, that a holiday-care visit was recorded, that a certification was revoked,
 * that a booked slot was cancelled or is tomorrow, or that their unit was invited to nominate them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = { "booking", "care", "certification", "expert", "funding", "identity", "invitation",
        "nomination", "offering", "person", "platform", "reward" })
package cn.jiangxin.notification;
