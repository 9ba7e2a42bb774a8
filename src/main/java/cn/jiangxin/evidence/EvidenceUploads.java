package cn.jiangxin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
    private final DataSize photoMax;

    EvidenceUploads(EvidenceCases cases, EvidenceStore files, FileVault vault, Clock clock, AuditTrail audit,
            @Value("${jiangxin.uploads.max-size:10MB}") DataSize max,
            @Value("${jiangxin.uploads.photo-max-size:2MB}") DataSize photoMax) {
        this.cases = cases;
        this.files = files;
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.max = max;
        this.photoMax = photoMax;
    }

    /** A file to send back: its metadata and where its bytes are. */
    public record Download(StoredFile file, Path path) {
    }

    /**
     * A document taken for another module's record (the evidence of a unit's proposal in a selection round), by the
     * same rules as a case's evidence; the caller keeps this metadata and serves the bytes through
     * {@link #documentPath}.
     */
    public record AcceptedDocument(String storedName, String displayName, String contentType, long sizeBytes,
            String sha256) {
    }

    public long maxBytes() {
        return max.toBytes();
    }

    public String limit() {
        return words(max);
    }

    public long photoMaxBytes() {
        return photoMax.toBytes();
    }

    /** The largest photo taken, in words (2MB). */
    public String photoLimit() {
        return words(photoMax);
    }

    private static String words(DataSize size) {
        return size.toBytes() >= DataSize.ofMegabytes(1).toBytes() ? size.toMegabytes() + "MB" : size.toKilobytes() + "KB";
    }

    /**
     * Takes a file for the case while the unit may change it: evidence of one of its achievements, the stamped form,
     * or the nominee's photo, which replaces the photo the case had.
     */
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
        requireNamedFile(upload, kind == FileCategory.PHOTO ? IdPhoto.FIELD : "file");
        try {
            return kind == FileCategory.PHOTO ? photo(user, nominationId, upload)
                    : document(user, nominationId, kind, index, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile document(CurrentUser user, long nominationId, FileCategory kind, Integer index,
            MultipartFile upload) throws IOException {
        Judged judged = judgeAndWrite(upload);
        var written = judged.written();
        String name = DisplayName.of(upload.getOriginalFilename(), judged.type());
        long id = files.insert(nominationId, kind, index, written, name, judged.type(), user.accountId(),
                clock.instant());
        audit.recordChange("NOMINATION_FILE_UPLOADED", "nomination", nominationId,
                "file=" + id + " " + kind + (index == null ? "" : " achievement=" + index) + " sha256="
                        + written.sha256());
        return files.find(nominationId, id).orElseThrow();
    }

    /** The checks every upload passes first: a file with something in it, under a plain name. */
    private static void requireNamedFile(MultipartFile upload, String field) {
        if (upload == null || upload.isEmpty()) {
            throw new RuleViolationException(field, "文件是空的，请选择要上传的文件");
        }
        if (!DisplayName.isPlain(upload.getOriginalFilename())) {
            throw new RuleViolationException(field, "文件名不能包含路径（/、\\、..）或控制字符，请改名后再上传");
        }
    }

    /** A document judged by its content and written to the vault (removed again if the transaction rolls back). */
    private record Judged(ContentType type, FileVault.Written written) {
    }

    private Judged judgeAndWrite(MultipartFile upload) throws IOException {
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
            return new Judged(type, written);
        }
    }

    /**
     * Judges and stores one document outside a case: not empty, a plain file name, within the size limit, a PDF or
     * picture by its content. The bytes go again if the caller's transaction does not commit.
     */
    @Transactional
    public AcceptedDocument acceptDocument(MultipartFile upload) {
        requireNamedFile(upload, "file");
        try {
            Judged judged = judgeAndWrite(upload);
            var written = judged.written();
            return new AcceptedDocument(written.storedName(),
                    DisplayName.of(upload.getOriginalFilename(), judged.type()), judged.type().mediaType(),
                    written.size(), written.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the bytes of a document taken by {@link #acceptDocument} are. */
    public Path documentPath(String storedName) {
        return vault.pathOf(storedName);
    }

    /** The photo is read whole (it is small), checked as an image and then stored in place of the case's photo. */
    private StoredFile photo(CurrentUser user, long nominationId, MultipartFile upload) throws IOException {
        if (upload.getSize() > photoMax.toBytes()) {
            throw photoTooLarge();
        }
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes((int) photoMax.toBytes() + 1);
        }
        if (bytes.length > photoMax.toBytes()) {
            throw photoTooLarge();
        }
        IdPhoto.Clean clean = IdPhoto.cleaned(bytes, IdPhoto.check(bytes));
        IdPhoto photo = clean.photo();
        var written = vault.write(new java.io.ByteArrayInputStream(clean.bytes()), 4 * photoMax.toBytes())
                .orElseThrow(this::photoTooLarge);
        deleteOnRollback(written.path());
        Optional<StoredFile> replaced = files.photo(nominationId);
        long id = files.replacePhoto(nominationId, written, DisplayName.of(upload.getOriginalFilename(), photo.type()),
                photo.type(), user.accountId(), clock.instant());
        audit.recordChange("NOMINATION_FILE_UPLOADED", "nomination", nominationId, "file=" + id + " PHOTO "
                + photo.width() + "x" + photo.height() + replaced.map(old -> " replaces file=" + old.id()).orElse("")
                + " sha256=" + written.sha256());
        return files.find(nominationId, id).orElseThrow();
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

    /**
     * The case's documents for whoever may see the case: its evidence and stamped forms, in the order they came. The
     * photo is not among them: pages show it apart ({@link #photoOf}).
     */
    public List<StoredFile> of(CurrentUser user, long nominationId) {
        cases.requireVisible(user, nominationId);
        return files.of(nominationId).stream().filter(f -> f.kind() != FileCategory.PHOTO).toList();
    }

    /** The case's photo, if it has one, for whoever may see the case; its bytes through {@link #openPhoto}. */
    public Optional<StoredFile> photoOf(CurrentUser user, long nominationId) {
        cases.requireVisible(user, nominationId);
        return files.photo(nominationId);
    }

    /**
     * The case's photo to show, for whoever may see the case; each read is audited as a file's is.
     *
     * @throws NotFoundException when the case has no photo or the user may not see the case
     */
    @Transactional
    public Download openPhoto(CurrentUser user, long nominationId) {
        cases.requireVisible(user, nominationId);
        StoredFile photo = files.photo(nominationId).orElseThrow(() -> new NotFoundException("photo of " + nominationId));
        audit.recordChange("NOMINATION_FILE_READ", "nomination", nominationId, "file=" + photo.id() + " PHOTO");
        return new Download(photo, files.pathOf(photo.id()));
    }

    private RuleViolationException photoTooLarge() {
        return new RuleViolationException(IdPhoto.FIELD, "照片文件超过" + photoLimit() + "，请上传证件照原图或压缩后再上传");
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
