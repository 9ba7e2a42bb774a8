package cn.jiangxin.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for revocations: one row per revoked or early-ended certification, read fresh by every node. */
@Repository
class RevocationStore {

    private static final String SELECT = """
            SELECT r.certification_id, c.support_start, r.kind, r.reason, r.since
            FROM certification_revocation r JOIN certification c ON c.id = r.certification_id""";

    private final JdbcClient jdbc;

    RevocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the certification was revoked before (the primary key keeps the first decision). */
    boolean insert(long certificationId, RevocationKind kind, String reason, Instant since, long decidedBy) {
        return jdbc.sql("""
                INSERT INTO certification_revocation (certification_id, kind, reason, since, decided_by)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(certificationId, kind.name(), reason, DbTime.toDb(since), decidedBy).update() == 1;
    }

    Optional<Revocation> of(long certificationId) {
        return jdbc.sql(SELECT + " WHERE r.certification_id = ?").param(certificationId).query(RevocationStore::map)
                .optional();
    }

    /** Every revocation in force at {@code at}, oldest first. */
    List<Revocation> asOf(Instant at) {
        return jdbc.sql(SELECT + " WHERE r.since <= ? ORDER BY r.since, r.certification_id")
                .param(DbTime.toDb(at)).query(RevocationStore::map).list();
    }

    private static Revocation map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        return new Revocation(id, Certification.certificateNo(rs.getObject(2, java.time.LocalDate.class), id),
                RevocationKind.valueOf(rs.getString(3)), rs.getString(4), DbTime.instant(rs, 5));
    }
}
