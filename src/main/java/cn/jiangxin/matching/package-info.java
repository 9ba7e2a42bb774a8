/**
 * Owns matching imported entries to the person registry and the staff's review of it: by the ID number's blind index,
 * otherwise by name within the unit found by credit code or a similar name, saying how and how sure; each list matched
 * when its import is done ({@code match_result}), uncertain matches confirmed or rejected by staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry matching",
        allowedDependencies = { "listimport", "platform", "unit", "identity", "audit", "benefit" })
package cn.jiangxin.matching;
