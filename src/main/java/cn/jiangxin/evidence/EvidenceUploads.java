package cn.jiangxin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of evidence and of the stamped form (SEC-4): judged by content, limited in size, stored under generated
 * names outside the web root, and served back only to those who may see the case. A refused upload leaves no row
 * and no file.
 */
@Service
public class EvidenceUploads {

    private final EvidenceCases cases;
    private final EvidenceStore files;
    private final FileVault vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final DataSize max;

    EvidenceUploads(EvidenceCases cases, EvidenceStore files, FileVault vault, Clock clock, AuditTrail audit,
            @Value("${jiangxin.uploads.max-size:10MB}") DataSize max) {
        this.cases = cases;
        this.files = files;
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.max = max;
    }

    /** A file to send back: its metadata and where its bytes are. */
    public record Download(StoredFile file, Path path) {
    }

    public long maxBytes() {
        return max.toBytes();
    }

    public String limit() {
        return max.toBytes() >= DataSize.ofMegabytes(1).toBytes() ? max.toMegabytes() + "MB" : max.toKilobytes() + "KB";
    }

    @Transactional
    public StoredFile upload(CurrentUser user, long nominationId, FileCategory kind, Integer achievementIndex,
            MultipartFile upload) {
        List<Integer> achievements = cases.requireEditable(user, nominationId);
        if (kind == null) {
            throw new RuleViolationException("kind", "请选择文件用途");
        }
        Integer index = kind == FileCategory.EVIDENCE ? achievementIndex : null;
        if (kind == FileCategory.EVIDENCE && (index == null
                || !achievements.contains(index))) {
            throw new RuleViolationException("file", "请先填写并保存这项业绩，再上传它的证明材料");
        }
        if (upload == null || upload.isEmpty()) {
            throw new RuleViolationException("file", "文件是空的，请选择要上传的文件");
        }
        if (!DisplayName.isPlain(upload.getOriginalFilename())) {
            throw new RuleViolationException("file", "文件名不能包含路径（/、\\、..）或控制字符，请改名后再上传");
        }
        if (upload.getSize() > max.toBytes()) {
            throw tooLarge();
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] head = in.readNBytes(ContentType.HEAD);
            ContentType type = ContentType.sniff(head)
                    .orElseThrow(() -> new RuleViolationException("file", ContentType.refusal(head)));
            var written = vault.write(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in),
                    max.toBytes()).orElseThrow(this::tooLarge);
            deleteOnRollback(written.path());
            String name = DisplayName.of(upload.getOriginalFilename(), type);
            long id = files.insert(nominationId, kind, index, written, name, type, user.accountId(), clock.instant());
            audit.recordChange("NOMINATION_FILE_UPLOADED", "nomination", nominationId,
                    "file=" + id + " " + kind + (index == null ? "" : " achievement=" + index) + " sha256="
                            + written.sha256());
            return files.find(nominationId, id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws NotFoundException when the case or the file does not exist or the user may not see the case */
    @Transactional
    public Download open(CurrentUser user, long nominationId, long fileId) {
        Download d = find(user, nominationId, fileId);
        audit.recordChange("NOMINATION_FILE_READ", "nomination", nominationId, "file=" + fileId + " " + d.file().kind());
        return d;
    }

    /**
     * The file for a preview, to the same people as {@link #open}; recorded as a read of {@code page} when a page of it
     * is shown, not when only its pages are counted ({@code page} null).
     *
     * @throws NotFoundException when the case or the file does not exist or the user may not see the case
     */
    @Transactional
    Download openForPreview(CurrentUser user, long nominationId, long fileId, Integer page) {
        Download d = find(user, nominationId, fileId);
        if (page != null) {
            audit.recordChange("NOMINATION_FILE_PREVIEWED", "nomination", nominationId, "file=" + fileId + " "
                    + d.file().kind() + " page=" + page);
        }
        return d;
    }

    private Download find(CurrentUser user, long nominationId, long fileId) {
        cases.requireVisible(user, nominationId);
        StoredFile file = files.find(nominationId, fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        return new Download(file, files.pathOf(fileId));
    }

    /** Removes a file while the unit may still change the case; its bytes go once the removal has committed. */
    @Transactional
    public StoredFile delete(CurrentUser user, long nominationId, long fileId) {
        cases.requireEditable(user, nominationId);
        StoredFile file = files.find(nominationId, fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        files.delete(nominationId, fileId);
        audit.recordChange("NOMINATION_FILE_DELETED", "nomination", nominationId, "file=" + fileId + " " + file.kind()
                + " sha256=" + file.sha256());
        return file;
    }

    public java.util.List<StoredFile> of(CurrentUser user, long nominationId) {
        cases.requireVisible(user, nominationId);
        return files.of(nominationId);
    }

    private RuleViolationException tooLarge() {
        return new RuleViolationException("file", "文件超过大小上限" + limit() + "，请压缩或分页扫描后再上传");
    }

    private static void deleteOnRollback(Path path) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        FileVault.delete(path);
                    }
                }
            });
        }
    }
}
