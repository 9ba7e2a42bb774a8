package cn.jiangxin.audit;

import java.time.Instant;

public record AuditRecord(long id, Instant recordedAt, String actor, String action, String objectType, String objectId,
        String outcome, String detail) {
}
