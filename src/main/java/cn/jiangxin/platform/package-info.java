/**
 * Owns what every capability shares: the clock and time zone, problem+json errors, locale and page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package cn.jiangxin.platform;
