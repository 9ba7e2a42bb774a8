package cn.jiangxin.audit;

import java.util.Optional;

import cn.jiangxin.platform.BeijingTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the SM3 chain from the first entry and reports the first entry that does not match: when an
 * administrator asks, and every night. The latest result is kept (in memory, since this node started) for the work
 * page, which must not recompute the whole chain on every visit.
 */
@Service
class AuditVerifier {

    public record Verification(boolean intact, long checked, Long firstBrokenId, String message) {
    }

    private final AuditStore store;
    private volatile Verification latest;

    AuditVerifier(AuditStore store) {
        this.store = store;
    }

    /** The result of the latest verification on this node, empty when none has run since it started. */
    Optional<Verification> latest() {
        return Optional.ofNullable(latest);
    }

    @Scheduled(cron = "${jiangxin.audit.verify-cron:0 30 2 * * *}", zone = BeijingTime.ZONE_ID)
    @Transactional(readOnly = true)
    public Verification verify() {
        Verification result = check();
        latest = result;
        return result;
    }

    private Verification check() {
        String previous = AuditChain.GENESIS;
        long expectedId = 1;
        long checked = 0;
        try (var rows = store.allInOrder()) {
            for (AuditStore.ChainedEntry row : (Iterable<AuditStore.ChainedEntry>) rows::iterator) {
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
        String head = store.headHash();
        if (!head.equals(previous)) {
            return new Verification(false, checked, expectedId, "链尾与记录不符，最新的记录可能被删除");
        }
        return new Verification(true, checked, null, "哈希链完整，共校验" + checked + "条记录");
    }
}
