package cn.jiangxin.invitation;

/**
 * Bureau staff invited a person's unit to nominate them for an achievement on an authoritative list (免申即享): the
 * person, their unit, the achievement in words and the list's source. Published once per invitation.
 */
public record NominationInvited(long invitationId, long personId, long unitId, String achievement, String source) {

    public NominationInvited {
        if (invitationId <= 0 || personId <= 0 || unitId <= 0 || achievement == null || achievement.isBlank()) {
            throw new IllegalArgumentException("an invitation names itself, the person, the unit and the achievement");
        }
        source = source == null ? "" : source;
    }
}
