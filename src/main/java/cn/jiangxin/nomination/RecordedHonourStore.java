package cn.jiangxin.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Explicit SQL for the achievements on a person's record that other modules announced: honours selection rounds
 * conferred, and leaderships of named district studios (ended on revocation).
 */
@Repository
class RecordedHonourStore {

    /**
     * One achievement on the record: an honour (its code of the policy's honour list) or a studio leadership (the
     * studio level's code), its name and the date it was conferred.
     */
    record RecordedHonour(Achievement.Kind kind, String honourCode, String honourName, LocalDate awardedOn) {
    }

    private final JdbcClient jdbc;

    RecordedHonourStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the achievement once per source; false when the source was recorded already. */
    boolean record(long personId, Achievement.Kind kind, String code, String name, LocalDate on, String source,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO nomination_recorded_honour (person_id, kind, honour_code, honour_name, awarded_on, source,
                  recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(personId, kind.name(), code, name, on, source, DbTime.toDb(at)).update() == 1;
    }

    /** Ends the achievement of that source on the day (a revoked studio); false when none was running. */
    boolean end(String source, LocalDate on) {
        return jdbc.sql("UPDATE nomination_recorded_honour SET ended_on = ? WHERE source = ? AND ended_on IS NULL")
                .params(on, source).update() == 1;
    }

    /** The person's achievements that count on {@code day}: not ended on or before it. */
    List<RecordedHonour> of(long personId, LocalDate day) {
        return jdbc.sql("""
                SELECT kind, honour_code, honour_name, awarded_on FROM nomination_recorded_honour WHERE person_id = ?
                AND (ended_on IS NULL OR ended_on > ?) ORDER BY awarded_on, id""").params(personId, day)
                .query((rs, n) -> new RecordedHonour(Achievement.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class))).list();
    }
}
