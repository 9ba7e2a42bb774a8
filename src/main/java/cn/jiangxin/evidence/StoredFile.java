package cn.jiangxin.evidence;

import java.time.Instant;

/** An accepted upload's metadata; the bytes live under a generated name in the storage directory. */
public record StoredFile(long id, long nominationId, FileCategory kind, Integer achievementIndex, String displayName,
        String contentType, long sizeBytes, String sha256, long uploadedBy, Instant uploadedAt) {
}
