package cn.jiangxin.policy;

import java.time.Instant;
import java.time.LocalDate;

/** A row of policy_version: a draft or a published version with its pack. */
record StoredVersion(long id, String code, String title, VersionStatus status, LocalDate effectiveFrom,
                     PolicyPack pack, String basedOn, String createdBy, Instant createdAt, Instant publishedAt,
                     String publishedBy) {

    public boolean published() {
        return status == VersionStatus.PUBLISHED;
    }

    PolicyVersion toVersion() {
        return new PolicyVersion(id, code, title, effectiveFrom, new PolicyTerms(pack));
    }
}
