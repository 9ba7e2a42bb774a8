package cn.jiangxin.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for studios' construction assessments: one per studio and period, each step a conditional UPDATE. */
@Repository
class AssessmentStore {

    private static final String SELECT = """
            SELECT id, studio_id, period, state, scores, total_tenths, grade_code, funding_fen, policy_version,
              scored_by, scored_at, returned_reason, confirmed_by, assessed_on FROM studio_assessment""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Schedules the studio's assessment for the period; false when the period has one already. */
    boolean schedule(long studioId, String period, long accountId, Instant at) {
        return jdbc.sql("""
                INSERT INTO studio_assessment (studio_id, period, state, scheduled_by, scheduled_at)
                VALUES (?, ?, 'SCHEDULED', ?, ?) ON CONFLICT DO NOTHING""")
                .params(studioId, period, accountId, DbTime.toDb(at)).update() == 1;
    }

    Optional<Assessment> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(AssessmentStore::assessment).optional();
    }

    List<Assessment> ofStudio(long studioId) {
        return jdbc.sql(SELECT + " WHERE studio_id = ? ORDER BY period DESC").param(studioId)
                .query(AssessmentStore::assessment).list();
    }

    /** Records a reviewer's scores on a scheduled assessment; false when it is no longer scheduled. */
    boolean score(long id, Map<String, Integer> scores, AssessmentScheme.Result result, String policyVersion,
            long accountId, Instant at) {
        return jdbc.sql("""
                UPDATE studio_assessment SET state = 'SCORED', scores = ?, total_tenths = ?, grade_code = ?,
                  funding_fen = ?, policy_version = ?, scored_by = ?, scored_at = ?, returned_reason = NULL
                WHERE id = ? AND state = 'SCHEDULED'""")
                .params(text(scores), result.totalTenths(), result.gradeCode(), result.fundingFen(), policyVersion,
                        accountId, DbTime.toDb(at), id).update() == 1;
    }

    /** Sends scores back to the reviewers with the reason; false when they are not waiting for confirmation. */
    boolean sendBack(long id, String reason) {
        return jdbc.sql("""
                UPDATE studio_assessment SET state = 'SCHEDULED', returned_reason = ? WHERE id = ? AND state = 'SCORED'""")
                .params(reason, id).update() == 1;
    }

    /**
     * Confirms the scored assessment with the grade and funding as recomputed; true for exactly one of any number of
     * confirmations at once (the conditional UPDATE), which alone announces it.
     */
    boolean confirm(long id, AssessmentScheme.Result result, long accountId, Instant at, LocalDate on) {
        return jdbc.sql("""
                UPDATE studio_assessment SET state = 'CONFIRMED', total_tenths = ?, grade_code = ?, funding_fen = ?,
                  confirmed_by = ?, confirmed_at = ?, assessed_on = ? WHERE id = ? AND state = 'SCORED'""")
                .params(result.totalTenths(), result.gradeCode(), result.fundingFen(), accountId, DbTime.toDb(at), on,
                        id).update() == 1;
    }

    private static String text(Map<String, Integer> scores) {
        StringBuilder out = new StringBuilder();
        scores.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString().strip();
    }

    private static Map<String, Integer> scores(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1).strip()));
                }
            }
        }
        return out;
    }

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        Integer total = rs.getObject("total_tenths", Integer.class);
        Long funding = rs.getObject("funding_fen", Long.class);
        Long scoredBy = rs.getObject("scored_by", Long.class);
        Long confirmedBy = rs.getObject("confirmed_by", Long.class);
        return new Assessment(rs.getLong("id"), rs.getLong("studio_id"), rs.getString("period"),
                Assessment.State.valueOf(rs.getString("state")), scores(rs.getString("scores")), total,
                rs.getString("grade_code"), funding, rs.getString("policy_version"), scoredBy,
                DbTime.instant(rs, "scored_at"), rs.getString("returned_reason"), confirmedBy,
                rs.getObject("assessed_on", LocalDate.class));
    }
}
