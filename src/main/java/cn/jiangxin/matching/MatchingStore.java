package cn.jiangxin.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the person and unit tables for matching, and only the columns matching needs: never an encrypted column, so
 * nothing here can decrypt the registry. People are found by the blind index of their ID number (the unique index
 * {@code person_id_number_uk}) or by (unit, name) pairs ({@code person_unit_name_idx}, V40_0), in chunks of
 * {@link MatchingRules#LOOKUP_CHUNK}.
 */
@Repository
class MatchingStore {

    private static final String PERSON = "SELECT p.id, p.name, p.unit_id, p.id_number_index, u.name AS unit_name "
            + "FROM person p JOIN unit u ON u.id = p.unit_id ";

    private final JdbcClient jdbc;

    MatchingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered person as matching sees them: no ID number, only its blind index. */
    record RegisteredPerson(long id, String name, long unitId, String unitName, String idNumberIndex) {
    }

    /** A registered unit: id, name, credit code and district code. */
    record RegisteredUnit(long id, String name, String creditCode, String districtCode) {
    }

    /**
     * The people whose ID number has one of these blind indexes: one statement per {@link MatchingRules#LOOKUP_CHUNK}
     * indexes, always the same text ({@code = ANY} of one array parameter, not an {@code IN} list as long as the
     * chunk), so the driver prepares it once per connection and the database probes the unique index once per value.
     */
    List<RegisteredPerson> withBlindIndexes(Collection<String> indexes) {
        List<RegisteredPerson> found = new ArrayList<>(indexes.size());
        for (List<String> chunk : chunks(List.copyOf(indexes))) {
            found.addAll(jdbc.sql(PERSON + "WHERE p.id_number_index = ANY(:indexes)")
                    .param("indexes", chunk.toArray(new String[0])).query(this::person).list());
        }
        return found;
    }

    /** A unit and a name as registered (typed or simplified) that a row may mean. */
    record UnitAndName(long unitId, String name) {
    }

    /** The people registered under one of these names in its unit: pairs, so nobody else in those units is read. */
    List<RegisteredPerson> named(Collection<UnitAndName> pairs) {
        List<RegisteredPerson> found = new ArrayList<>();
        for (List<UnitAndName> chunk : chunks(List.copyOf(pairs))) {
            List<Object[]> tuples = chunk.stream().map(p -> new Object[] { p.unitId(), p.name() }).toList();
            found.addAll(jdbc.sql(PERSON + "WHERE (p.unit_id, p.name) IN (:pairs)").param("pairs", tuples)
                    .query(this::person).list());
        }
        return found;
    }

    /** Every registered unit (a district's units are thousands, read once per batch). */
    List<RegisteredUnit> units() {
        return jdbc.sql("SELECT id, name, credit_code, district_code FROM unit")
                .query((rs, n) -> new RegisteredUnit(rs.getLong("id"), rs.getString("name"),
                        rs.getString("credit_code"), rs.getString("district_code"))).list();
    }

    private RegisteredPerson person(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RegisteredPerson(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("id_number_index"));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += MatchingRules.LOOKUP_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + MatchingRules.LOOKUP_CHUNK)));
        }
        return chunks;
    }
}
