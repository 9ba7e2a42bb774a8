package cn.jiangxin.certification;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.platform.UntrustedImage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Bureau's seal on certificates (optional): administrators upload it as a PNG (transparent background preferred)
 * or JPEG, judged by content, size and dimensions, and stored re-encoded as a PNG of at most {@value #STORED_SIDE}
 * pixels a side, so nothing but pixels reaches a certificate; replaced or removed, each change audited.
 */
@Service
class CertificateSeals {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 4000;
    static final int STORED_SIDE = 800;

    private final CertificateSealStore store;
    private final Clock clock;
    private final AuditTrail audit;

    CertificateSeals(CertificateSealStore store, Clock clock, AuditTrail audit) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
    }

    public Optional<CertificateSeal> current() {
        return store.find();
    }

    /** @throws RuleViolationException when the upload is no usable seal image (nothing is changed then) */
    @Transactional
    public CertificateSeal replace(CurrentUser admin, MultipartFile upload) {
        requireAdministrator(admin);
        if (upload == null || upload.isEmpty()) {
            throw new RuleViolationException("file", "请选择印章图片文件");
        }
        if (upload.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = read(upload);
        if (UntrustedImage.format(bytes).isEmpty()) {
            throw new RuleViolationException("file", "印章图片须为PNG或JPEG文件（按内容判断，与文件名无关），建议使用透明背景的PNG");
        }
        UntrustedImage.Size size = UntrustedImage.size(bytes).orElseThrow(this::unreadable);
        if (size.width() < MIN_SIDE || size.height() < MIN_SIDE) {
            throw new RuleViolationException("file", "印章图片太小（" + size.width() + "×" + size.height()
                    + "像素），至少" + MIN_SIDE + "×" + MIN_SIDE + "像素，清晰的印章扫描件约600×600像素");
        }
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE) {
            throw new RuleViolationException("file", "印章图片太大（" + size.width() + "×" + size.height()
                    + "像素），每边不能超过" + MAX_SIDE + "像素");
        }
        if (Math.max(size.width(), size.height()) > 2 * Math.min(size.width(), size.height())) {
            throw new RuleViolationException("file", "印章图片应接近正方形（长边不超过短边的两倍），请裁去印章以外的空白");
        }
        BufferedImage image;
        byte[] png;
        try {
            image = UntrustedImage.decode(bytes, STORED_SIDE, (long) MAX_SIDE * MAX_SIDE);
            png = UntrustedImage.png(image);
        } catch (IOException e) {
            throw unreadable();
        }
        CertificateSeal seal = new CertificateSeal(png, image.getWidth(), image.getHeight(), sha256(png),
                admin.accountId(), clock.instant());
        store.replace(seal);
        audit.recordChange("CERTIFICATE_SEAL_REPLACED", "certificate_seal", 1, "sha256=" + seal.sha256() + " "
                + seal.width() + "x" + seal.height());
        return seal;
    }

    /** Removes the seal: certificates leave its place blank. Answers whether there was one. */
    @Transactional
    public boolean remove(CurrentUser admin) {
        requireAdministrator(admin);
        Optional<CertificateSeal> was = store.find();
        if (was.isEmpty()) {
            return false;
        }
        store.remove();
        audit.recordChange("CERTIFICATE_SEAL_REMOVED", "certificate_seal", 1, "sha256=" + was.get().sha256());
        return true;
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("only administrators change the seal");
        }
    }

    private static byte[] read(MultipartFile upload) {
        try (InputStream in = upload.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleViolationException tooLarge() {
        return new RuleViolationException("file", "印章图片超过" + MAX_BYTES / 1024 / 1024 + "MB，请压缩后再上传");
    }

    private RuleViolationException unreadable() {
        return new RuleViolationException("file", "印章图片无法读取，请重新导出为PNG后再上传");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
