package cn.jiangxin.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for the honours on a person's record that selection rounds conferred. */
@Repository
class RecordedHonourStore {

    /** One honour on the record: its code of the policy's honour list, its name and the date it was conferred. */
    record RecordedHonour(String honourCode, String honourName, LocalDate awardedOn) {
    }

    private final JdbcClient jdbc;

    RecordedHonourStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the honour once per source; false when the source was recorded already. */
    boolean record(long personId, String code, String name, LocalDate on, String source, Instant at) {
        return jdbc.sql("""
                INSERT INTO nomination_recorded_honour (person_id, honour_code, honour_name, awarded_on, source,
                  recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(personId, code, name, on, source, DbTime.toDb(at)).update() == 1;
    }

    List<RecordedHonour> of(long personId) {
        return jdbc.sql("""
                SELECT honour_code, honour_name, awarded_on FROM nomination_recorded_honour WHERE person_id = ?
                ORDER BY awarded_on, id""").param(personId)
                .query((rs, n) -> new RecordedHonour(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class))).list();
    }
}
