package cn.jiangxin.matching;

/**
 * The tolerances of matching. They are not policy parameters (the Measures say nothing about how alike two spellings
 * of a unit's name must be, and changing them changes no one's entitlement, only what staff are asked to confirm), so
 * they are constants here, in one place, rather than numbers of the policy pack; a district that wants them tuned
 * changes this class with a test, as with any other matching rule.
 */
final class MatchingRules {

    /**
     * A unit name at least this alike ({@code UnitNameForMatching.similarity}) to a registered unit's is that unit:
     * after the reduction (brackets, 有限责任公司, 北京市, spaces, traditional characters) a 20-character name may
     * differ in one character, no more.
     */
    static final double CERTAIN_UNIT_SIMILARITY = 0.95;

    /**
     * From this similarity up to {@link #CERTAIN_UNIT_SIMILARITY} a unit may be the one meant (an abbreviation, a
     * branch, a typing slip): a namesake there goes to staff. Below it, the unit is another one.
     */
    static final double POSSIBLE_UNIT_SIMILARITY = 0.8;

    /** Blind indexes looked up in one {@code IN (...)} statement (well under every driver's parameter limit). */
    static final int LOOKUP_CHUNK = 500;

    private MatchingRules() {
    }
}
