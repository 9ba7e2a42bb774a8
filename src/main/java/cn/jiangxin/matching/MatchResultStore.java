package cn.jiangxin.matching;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored results of matching (table {@code match_result}). */
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
}
