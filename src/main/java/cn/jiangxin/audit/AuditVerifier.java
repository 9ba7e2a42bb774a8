package cn.jiangxin.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the SM3 chain from the first entry and reports the first entry that does not match. */
@Service
class AuditVerifier {

    public record Verification(boolean intact, long checked, Long firstBrokenId, String message) {
    }

    private final AuditStore store;

    AuditVerifier(AuditStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
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
