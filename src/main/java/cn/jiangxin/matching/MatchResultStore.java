package cn.jiangxin.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored results of matching (table {@code match_result}), and the review list, which shows each result with the
 * entry's name and unit as the list gave them ({@code import_entry}, read, never written) and the registered person
 * found ({@code person}, {@code unit}: names only, never an encrypted column).
 */
@Repository
class MatchResultStore {

    private final JdbcClient jdbc;

    MatchResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> settledPersonOf(long entryId) {
        return jdbc.sql("""
                SELECT person_id FROM match_result WHERE entry_id = :entry AND decision IN ('AUTO', 'CONFIRMED')""")
                .param("entry", entryId).query(Long.class).optional();
    }

    void forEachSettled(long listId, Consumer<SettledMatch> sink) {
        jdbc.sql("""
                SELECT entry_id, person_id, decision FROM match_result
                WHERE list_id = :list AND decision IN ('AUTO', 'CONFIRMED') ORDER BY entry_id""")
                .param("list", listId).withFetchSize(1000)
                .query((rs, n) -> new SettledMatch(rs.getLong("entry_id"), rs.getLong("person_id"),
                        "CONFIRMED".equals(rs.getString("decision"))))
                .stream().forEach(sink);
    }

    ListMatchCounts countsOf(long listId) {
        long[] c = new long[5];
        jdbc.sql("SELECT decision, outcome, COUNT(*) AS n FROM match_result WHERE list_id = :list GROUP BY decision, outcome")
                .param("list", listId).query(rs -> {
                    long n = rs.getLong("n");
                    switch (rs.getString("decision")) {
                        case "AUTO", "CONFIRMED" -> c[0] += n;
                        case "PENDING" -> c[1] += n;
                        case "REJECTED" -> c[4] += n;
                        default -> {
                            if ("PROPOSE_REGISTRATION".equals(rs.getString("outcome"))) {
                                c[2] += n;
                            } else {
                                c[3] += n;
                            }
                        }
                    }
                });
        return new ListMatchCounts(c[0], c[1], c[2], c[3], c[4]);
    }

    /** What matching one entry came to, as written. */
    record Result(long entryId, long listId, MatchOutcome outcome, Long personId, MatchMethod method,
            double confidence, String reasons, String alternatives, String decision, Instant matchedAt) {
    }

    /** The decision a stored result has now and the person it names. */
    record Stored(String decision, Long personId) {
    }

    /** The stored decisions of these entries (those that have a result). */
    Map<Long, Stored> stored(Collection<Long> entryIds) {
        Map<Long, Stored> found = new HashMap<>();
        if (entryIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT entry_id, decision, person_id FROM match_result WHERE entry_id IN (:ids)")
                .param("ids", List.copyOf(entryIds))
                .query(rs -> {
                    found.put(rs.getLong("entry_id"), new Stored(rs.getString("decision"), nullableLong(rs, "person_id")));
                });
        return found;
    }

    /** A first result for the entry; false when one is there already (written meanwhile). */
    boolean insert(Result r) {
        return jdbc.sql("""
                INSERT INTO match_result (entry_id, list_id, outcome, person_id, method, confidence, reasons,
                    alternatives, decision, matched_at)
                VALUES (:entry, :list, :outcome, :person, :method, :confidence, :reasons, :alternatives, :decision,
                    :at)
                ON CONFLICT DO NOTHING""").params(values(r)).update() == 1;
    }

    /**
     * The entry's result matched again, replacing the decision with the new one; only while the decision is still
     * {@code seen} (a staff decision taken meanwhile is never overwritten): false otherwise.
     */
    boolean replace(Result r, String seen) {
        Map<String, Object> params = values(r);
        params.put("seen", seen);
        return jdbc.sql("""
                UPDATE match_result SET list_id = :list, outcome = :outcome, person_id = :person, method = :method,
                    confidence = :confidence, reasons = :reasons, alternatives = :alternatives, decision = :decision,
                    decided_by = NULL, decided_at = NULL, decision_reason = NULL, matched_at = :at
                WHERE entry_id = :entry AND decision = :seen""").params(params).update() == 1;
    }

    /**
     * The entry's result matched again, keeping the staff decision {@code seen} and the person it names; only while
     * the decision is still {@code seen}.
     */
    boolean refreshKeepingDecision(Result r, String seen) {
        Map<String, Object> params = values(r);
        params.put("seen", seen);
        return jdbc.sql("""
                UPDATE match_result SET list_id = :list, outcome = :outcome, method = :method,
                    confidence = :confidence, reasons = :reasons, alternatives = :alternatives, matched_at = :at
                WHERE entry_id = :entry AND decision = :seen""").params(params).update() == 1;
    }

    /** Settles a waiting result as {@code personId}'s; false when it was not waiting (decided by someone else). */
    boolean confirm(long entryId, long personId, long accountId, Instant at) {
        return jdbc.sql("""
                UPDATE match_result SET decision = 'CONFIRMED', person_id = :person, decided_by = :by, decided_at = :at
                WHERE entry_id = :entry AND decision = 'PENDING'""")
                .param("person", personId).param("by", accountId).param("at", DbTime.toDb(at)).param("entry", entryId)
                .update() == 1;
    }

    /** Rejects a waiting result with the reason; false when it was not waiting. */
    boolean reject(long entryId, String reason, long accountId, Instant at) {
        return jdbc.sql("""
                UPDATE match_result SET decision = 'REJECTED', decision_reason = :reason, decided_by = :by,
                    decided_at = :at
                WHERE entry_id = :entry AND decision = 'PENDING'""")
                .param("reason", reason).param("by", accountId).param("at", DbTime.toDb(at)).param("entry", entryId)
                .update() == 1;
    }

    private static Map<String, Object> values(Result r) {
        Map<String, Object> params = new HashMap<>();
        params.put("entry", r.entryId());
        params.put("list", r.listId());
        params.put("outcome", r.outcome().name());
        params.put("person", r.personId());
        params.put("method", r.method().name());
        params.put("confidence", java.math.BigDecimal.valueOf(r.confidence()).setScale(3, java.math.RoundingMode.HALF_UP));
        params.put("reasons", r.reasons());
        params.put("alternatives", r.alternatives());
        params.put("decision", r.decision());
        params.put("at", DbTime.toDb(r.matchedAt()));
        return params;
    }

    // ---- the review list

    /** A result as staff review it. */
    record Row(long entryId, long listId, String source, String name, String unitName, MatchOutcome outcome,
            Long personId, String personName, String personUnit, MatchMethod method, double confidence,
            List<String> reasons, List<Long> alternatives, String decision, String decisionReason) {
    }

    private static final String SELECT = """
            SELECT m.entry_id, m.list_id, l.source, e.name, e.unit_name, m.outcome, m.person_id, p.name AS person_name,
                pu.name AS person_unit, m.method, m.confidence, m.reasons, m.alternatives, m.decision,
                m.decision_reason""";
    private static final String FROM = " " + """
             FROM match_result m JOIN import_entry e ON e.id = m.entry_id JOIN import_list l ON l.id = m.list_id
                LEFT JOIN person p ON p.id = m.person_id LEFT JOIN unit pu ON pu.id = p.unit_id""";

    PageOf<Row> page(ListQuery query, Long listId) {
        SqlWhere where = where(query, listId);
        return ListPageStore.page(jdbc, query, count(query, listId), SELECT, FROM, where, MatchResultStore::row);
    }

    long count(ListQuery query, Long listId) {
        SqlWhere where = where(query, listId);
        return ListPageStore.count(jdbc, FROM.strip() + where.sql(), where.params());
    }

    /** Every result the query finds, in its order (for the export); close the stream. */
    Stream<Row> all(ListQuery query, Long listId) {
        SqlWhere where = where(query, listId);
        return jdbc.sql(SELECT + FROM + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(MatchResultStore::row).stream();
    }

    Optional<Row> row(long entryId) {
        return jdbc.sql(SELECT + FROM + " WHERE m.entry_id = :entry").param("entry", entryId)
                .query(MatchResultStore::row).optional();
    }

    /** A registered person a result may name: name and unit. */
    record Person(long id, String name, String unitName) {
    }

    Map<Long, Person> people(Collection<Long> ids) {
        Map<Long, Person> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT p.id, p.name, u.name AS unit_name FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    found.put(rs.getLong("id"), new Person(rs.getLong("id"), rs.getString("name"),
                            rs.getString("unit_name")));
                });
        return found;
    }

    private static SqlWhere where(ListQuery query, Long listId) {
        return new SqlWhere()
                .and("m.list_id = :list", "list", Optional.ofNullable(listId))
                .and("m.decision = :decision", "decision", query.text("decision"))
                .and("m.outcome = :outcome", "outcome", query.text("outcome"))
                .like(query.search(), "e.name", "e.unit_name");
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString("reasons");
        String alternatives = rs.getString("alternatives");
        return new Row(rs.getLong("entry_id"), rs.getLong("list_id"), rs.getString("source"), rs.getString("name"),
                rs.getString("unit_name"), MatchOutcome.valueOf(rs.getString("outcome")), nullableLong(rs, "person_id"),
                rs.getString("person_name"), rs.getString("person_unit"), MatchMethod.valueOf(rs.getString("method")),
                rs.getDouble("confidence"), reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")),
                ids(alternatives), rs.getString("decision"), rs.getString("decision_reason"));
    }

    static List<Long> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        Arrays.stream(commaSeparated.split(",")).map(String::strip).map(Long::valueOf).forEach(ids::add);
        return ids;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
