/**
 * Owns matching an imported row (name, ID number, unit) to the person registry: by the ID number's blind index,
 * otherwise by name within the unit found by credit code or a similar name, saying how and how sure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry matching",
        allowedDependencies = { "listimport", "platform", "unit" })
package cn.jiangxin.matching;
