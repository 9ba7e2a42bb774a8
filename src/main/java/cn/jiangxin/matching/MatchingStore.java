package cn.jiangxin.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the person and unit tables for matching, and only the columns matching needs: never an encrypted column, so
 * nothing here can decrypt the registry. People are found by the blind index of their ID number (the unique index
 * {@code person_id_number_uk}, or one pass over {@code person} for many) or by (unit, name) pairs
 * ({@code person_unit_name_idx}, V40_0), in chunks of {@link MatchingRules#MATCH_CHUNK} and
 * {@link MatchingRules#LOOKUP_CHUNK}.
 */
@Repository
class MatchingStore {

    /**
     * Only the person table: the matcher has every unit's name from {@link #units()} already, so joining
     * {@code unit} would only cost a probe of its key per person found (a third of the buffers a look-up read).
     */
    private static final String PERSON = "SELECT p.id, p.name, p.unit_id, p.id_number_index FROM person p ";

    private final JdbcClient jdbc;

    MatchingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered person as matching sees them: no ID number, only its blind index (unit names: {@link #units}). */
    record RegisteredPerson(long id, String name, long unitId, String idNumberIndex) {
    }

    /** A registered unit: id, name, credit code and district code. */
    record RegisteredUnit(long id, String name, String creditCode, String districtCode) {
    }

    /**
     * The people whose ID number has one of these blind indexes: one statement per {@link MatchingRules#MATCH_CHUNK}
     * indexes, always the same text ({@code = ANY} of one array parameter, not an {@code IN} list as long as the
     * chunk). PostgreSQL plans it with the array's size: a probe of the unique index per value for a few, one
     * sequential scan of {@code person} against a hash of the values for tens of thousands.
     */
    List<RegisteredPerson> withBlindIndexes(Collection<String> indexes) {
        List<RegisteredPerson> found = new ArrayList<>(indexes.size());
        for (List<String> chunk : chunks(List.copyOf(indexes), MatchingRules.MATCH_CHUNK)) {
            found.addAll(jdbc.sql(PERSON + "WHERE p.id_number_index = ANY(:indexes)")
                    .param("indexes", chunk.toArray(new String[0])).query(this::person).list());
        }
        return found;
    }

    /** A unit and a name as registered (typed or simplified) that a row may mean. */
    record UnitAndName(long unitId, String name) {
    }

    /**
     * The people registered under one of these names in its unit: pairs, so nobody else in those units is read. The
     * pairs go as two array parameters joined to {@code person} ({@code unnest}), one statement of the same text per
     * {@link MatchingRules#LOOKUP_CHUNK} pairs, probing {@code person_unit_name_idx} once per pair, instead of an
     * {@code IN} list of 1,000 parameters whose text changed with the chunk, planned as one index condition per pair.
     */
    List<RegisteredPerson> named(Collection<UnitAndName> pairs) {
        List<RegisteredPerson> found = new ArrayList<>();
        for (List<UnitAndName> chunk : chunks(List.copyOf(pairs), MatchingRules.LOOKUP_CHUNK)) {
            Long[] units = chunk.stream().map(UnitAndName::unitId).toArray(Long[]::new);
            String[] names = chunk.stream().map(UnitAndName::name).toArray(String[]::new);
            found.addAll(jdbc.sql(PERSON + "JOIN unnest(:units, :names) AS k (unit_id, name) "
                    + "ON p.unit_id = k.unit_id AND p.name = k.name").param("units", units).param("names", names)
                    .query(this::person).list());
        }
        return found;
    }

    /** Every registered unit (a district's units are thousands, read once per batch). */
    List<RegisteredUnit> units() {
        return jdbc.sql("SELECT id, name, credit_code, district_code FROM unit").query(this::unitOf).list();
    }

    /** One unit (registered after the batch read the units). */
    RegisteredUnit unit(long id) {
        return jdbc.sql("SELECT id, name, credit_code, district_code FROM unit WHERE id = :id").param("id", id)
                .query(this::unitOf).single();
    }

    private RegisteredUnit unitOf(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RegisteredUnit(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("district_code"));
    }

    private RegisteredPerson person(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RegisteredPerson(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                rs.getString("id_number_index"));
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
