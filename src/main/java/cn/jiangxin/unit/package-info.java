/**
 * Owns the units that nominate people: schools, enterprises, public institutions and industry associations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units",
        allowedDependencies = { "audit", "identity", "platform" })
package cn.jiangxin.unit;
