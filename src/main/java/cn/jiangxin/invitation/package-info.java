/**
 * Owns candidates from imported lists and the invitations to nominate them (issue 17 items 7-8, PM-1, 免申即享): each
 * entry settled as a registered person's is evaluated under the version in force with the person's affiliation and
 * kept with the reason in words; staff invite the person's unit (or dismiss with a reason), the unit's officers
 * confirm (a nomination case opened pre-filled) or decline, and the person is told ({@link NominationInvited}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitation",
        allowedDependencies = { "audit", "certification", "eligibility", "eligibility :: domain", "identity",
        "listimport", "matching", "nomination", "person", "platform", "policy", "unit" })
package cn.jiangxin.invitation;
