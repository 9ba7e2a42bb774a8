package cn.jiangxin.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Explicit SQL for notice batches and the cases they list. */
@Repository
class NoticeStore {

    private static final String BATCH = """
            SELECT id, title, policy_version, working_days, first_day, last_day, published_at FROM notice_batch""";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertBatch(String title, String policyVersion, NoticePeriod period, long publishedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice_batch (title, policy_version, working_days, first_day, last_day, published_by,
                  published_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(title, policyVersion, period.workingDays(), period.firstDay(), period.lastDay(), publishedBy,
                        DbTime.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** False when the case is already listed in a notice. */
    boolean insertCase(long batchId, int position, NoticeBatch.Entry e) {
        return jdbc.sql("""
                INSERT INTO notice_case (batch_id, nomination_id, position, person_name, unit_name, criterion)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(batchId, e.nominationId(), position, e.personName(), e.unitName(), e.criterion()).update() == 1;
    }

    /** Latest first. */
    List<NoticeBatch> batches() {
        Map<Long, List<NoticeBatch.Entry>> entries = jdbc.sql("""
                SELECT batch_id, nomination_id, person_name, unit_name, criterion FROM notice_case
                ORDER BY batch_id, position""")
                .query((rs, n) -> Map.entry(rs.getLong(1), entry(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql(BATCH + " ORDER BY first_day DESC, id DESC LIMIT 200")
                .query((rs, n) -> batch(rs, entries.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Optional<NoticeBatch> batch(long id) {
        List<NoticeBatch.Entry> entries = jdbc.sql("""
                SELECT batch_id, nomination_id, person_name, unit_name, criterion FROM notice_case WHERE batch_id = ?
                ORDER BY position""").param(id).query((rs, n) -> entry(rs)).list();
        return jdbc.sql(BATCH + " WHERE id = ?").param(id).query((rs, n) -> batch(rs, entries)).optional();
    }

    /** The batch that lists the case, if it has been put on notice. */
    Optional<NoticeBatch> batchOf(long nominationId) {
        return jdbc.sql("SELECT batch_id FROM notice_case WHERE nomination_id = ?").param(nominationId)
                .query(Long.class).optional().flatMap(this::batch);
    }

    /** The notice period of the case, if it has been put on notice. */
    Optional<NoticePeriod> periodOf(long nominationId) {
        return jdbc.sql("""
                SELECT b.first_day, b.last_day, b.working_days FROM notice_batch b
                JOIN notice_case c ON c.batch_id = b.id WHERE c.nomination_id = ?""").param(nominationId)
                .query((rs, n) -> new NoticePeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getInt(3))).optional();
    }

    private static NoticeBatch.Entry entry(ResultSet rs) throws SQLException {
        return new NoticeBatch.Entry(rs.getLong("nomination_id"), rs.getString("person_name"),
                rs.getString("unit_name"), rs.getString("criterion"));
    }

    private static NoticeBatch batch(ResultSet rs, List<NoticeBatch.Entry> entries) throws SQLException {
        return new NoticeBatch(rs.getLong("id"), rs.getString("title"), rs.getString("policy_version"),
                new NoticePeriod(rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getInt("working_days")),
                DbTime.instant(rs, "published_at"), entries);
    }
}
