package cn.jiangxin.certification;

import java.time.Instant;
import java.util.Objects;

/** The Bureau's seal as stored: a PNG made by the application from the upload, its size, who uploaded it and when. */
record CertificateSeal(byte[] png, int width, int height, String sha256, long uploadedBy, Instant uploadedAt) {

    public CertificateSeal {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("seal of " + width + "x" + height);
        }
    }
}
