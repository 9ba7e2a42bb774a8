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

    /** (Unit, name) pairs looked up in one {@code IN (...)} statement, and results written in one transaction. */
    static final int LOOKUP_CHUNK = 500;

    /**
     * Rows matched together, and blind indexes looked up in one statement ({@code = ANY} of one array parameter). At
     * this size PostgreSQL reads {@code person} once sequentially, testing each row against a hash of the chunk's
     * indexes, instead of one random probe of {@code person_id_number_uk} and of the heap per index (180,000 probes
     * for a list of 200,000 rows: bench/matching/README.md); a small list still gets the probes. Memory holds one
     * chunk of rows and their matches.
     */
    static final int MATCH_CHUNK = 50_000;

    private MatchingRules() {
    }
}
