package cn.jiangxin.audit;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the SM3 chain from the first entry and reports the first entry that does not match. */
@Service
class AuditVerifier {

    public record Verification(boolean intact, long checked, Long firstBrokenId, String message) {
    }

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        String previous = AuditChain.GENESIS;
        long expectedId = 1;
        long checked = 0;
        try (var rows = jdbc.sql("""
                SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail, prev_hash, hash
                FROM audit_entry ORDER BY id""").query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                new AuditEvent(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        AuditEvent.Outcome.valueOf(rs.getString(7)), rs.getString(8)), rs.getString(9), rs.getString(10)))
                .stream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (row.id() != expectedId) {
                    return new Verification(false, checked, row.id(), "第" + expectedId + "条记录缺失");
                }
                if (!row.prevHash().equals(previous)
                        || !AuditChain.link(previous, row.id(), row.at(), row.event()).equals(row.hash())) {
                    return new Verification(false, checked, row.id(), "第" + row.id() + "条记录与哈希链不符，可能被篡改");
                }
                previous = row.hash();
                expectedId++;
                checked++;
            }
        }
        String head = jdbc.sql("SELECT last_hash FROM audit_head WHERE singleton = 1").query(String.class).single();
        if (!head.equals(previous)) {
            return new Verification(false, checked, expectedId, "链尾与记录不符，最新的记录可能被删除");
        }
        return new Verification(true, checked, null, "哈希链完整，共校验" + checked + "条记录");
    }

    private record Row(long id, Instant at, AuditEvent event, String prevHash, String hash) {
    }
}
