package cn.jiangxin.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The metadata rows of uploaded files; the bytes are in the {@link FileVault}. Nothing here checks who is asking,
 * {@link EvidenceUploads} does.
 */
@Repository
class EvidenceStore {

    private static final String COLUMNS = """
            id, nomination_id, kind, achievement_index, display_name, content_type, size_bytes, sha256,
            uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;
    private final FileVault vault;

    EvidenceStore(JdbcClient jdbc, FileVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** A file of the case; a photo only through {@link #replacePhoto}. */
    long insert(long nominationId, FileCategory kind, Integer achievementIndex, FileVault.Written w, String displayName,
            ContentType type, long uploadedBy, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO nomination_file (nomination_id, kind, achievement_index, stored_name, display_name,
                  content_type, size_bytes, sha256, uploaded_by, uploaded_at, photo_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(nominationId, kind.name(), achievementIndex, w.storedName(), displayName, type.mediaType(),
                        w.size(), w.sha256(), uploadedBy, DbTime.toDb(at),
                        kind == FileCategory.PHOTO ? nominationId : null).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Makes the written file the case's one photo: the one it had goes (its row now, its bytes once the transaction
     * has committed). Two replacements at once cannot both keep theirs: the database takes one photo per case
     * ({@code photo_of} is unique), and the later is refused.
     */
    long replacePhoto(long nominationId, FileVault.Written w, String displayName, ContentType type, long uploadedBy,
            Instant at) {
        photo(nominationId).ifPresent(old -> delete(nominationId, old.id()));
        try {
            return insert(nominationId, FileCategory.PHOTO, null, w, displayName, type, uploadedBy, at);
        } catch (DuplicateKeyException concurrent) {
            throw new RuleViolationException(IdPhoto.FIELD,
                    "同时有另一张照片上传到本案件，这张没有保存；请刷新页面查看，需要时再上传");
        }
    }

    Optional<StoredFile> photo(long nominationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination_file WHERE nomination_id = ? AND kind = 'PHOTO'")
                .param(nominationId).query((rs, n) -> map(rs)).optional();
    }

    /**
     * Moves evidence to its achievement's new position and deletes evidence whose achievement is gone (rows now,
     * bytes once the transaction has committed). Answers how many files were deleted.
     */
    int renumberEvidence(long nominationId, Map<Integer, Integer> moves, int achievements) {
        for (var move : moves.entrySet()) {
            if (move.getValue() >= 0 && move.getValue() < achievements) {
                jdbc.sql("""
                        UPDATE nomination_file SET achievement_index = ? WHERE nomination_id = ? AND kind = 'EVIDENCE'
                          AND achievement_index = ?""").params(-1 - move.getValue(), nominationId, move.getKey()).update();
            }
        }
        List<String> gone = jdbc.sql("""
                SELECT stored_name FROM nomination_file WHERE nomination_id = ? AND kind = 'EVIDENCE'
                  AND achievement_index >= 0""").param(nominationId).query(String.class).list();
        jdbc.sql("DELETE FROM nomination_file WHERE nomination_id = ? AND kind = 'EVIDENCE' AND achievement_index >= 0")
                .param(nominationId).update();
        jdbc.sql("""
                UPDATE nomination_file SET achievement_index = -1 - achievement_index
                WHERE nomination_id = ? AND kind = 'EVIDENCE' AND achievement_index < 0""").param(nominationId).update();
        if (!gone.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    gone.forEach(name -> FileVault.delete(vault.pathOf(name)));
                }
            });
        }
        return gone.size();
    }

    void delete(long nominationId, long fileId) {
        Path path = pathOf(fileId);
        jdbc.sql("DELETE FROM nomination_file WHERE nomination_id = ? AND id = ?").params(nominationId, fileId).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    FileVault.delete(path);
                }
            });
        } else {
            FileVault.delete(path);
        }
    }

    List<StoredFile> of(long nominationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination_file WHERE nomination_id = ? ORDER BY id")
                .param(nominationId).query((rs, n) -> map(rs)).list();
    }

    Optional<StoredFile> find(long nominationId, long fileId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM nomination_file WHERE nomination_id = ? AND id = ?")
                .params(nominationId, fileId).query((rs, n) -> map(rs)).optional();
    }

    Path pathOf(long fileId) {
        String stored = jdbc.sql("SELECT stored_name FROM nomination_file WHERE id = ?").param(fileId)
                .query(String.class).single();
        return vault.pathOf(stored);
    }

    private static StoredFile map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredFile(rs.getLong(1), rs.getLong(2), FileCategory.valueOf(rs.getString(3)),
                rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                rs.getLong(9), DbTime.instant(rs, 10));
    }
}
