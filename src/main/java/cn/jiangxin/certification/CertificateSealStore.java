package cn.jiangxin.certification;

import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for the one seal row. */
@Repository
class CertificateSealStore {

    private final JdbcClient jdbc;

    CertificateSealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CertificateSeal> find() {
        return jdbc.sql("SELECT png, width_px, height_px, sha256, uploaded_by, uploaded_at FROM certificate_seal WHERE id = 1")
                .query((rs, n) -> new CertificateSeal(rs.getBytes(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), DbTime.instant(rs, 6)))
                .optional();
    }

    /** Puts the seal in place of the one there is, if any; call in a transaction. */
    void replace(CertificateSeal seal) {
        remove();
        jdbc.sql("""
                INSERT INTO certificate_seal (id, png, width_px, height_px, sha256, uploaded_by, uploaded_at)
                VALUES (1, ?, ?, ?, ?, ?, ?)""")
                .params(seal.png(), seal.width(), seal.height(), seal.sha256(), seal.uploadedBy(),
                        DbTime.toDb(seal.uploadedAt()))
                .update();
    }

    /** Answers whether there was a seal. */
    boolean remove() {
        return jdbc.sql("DELETE FROM certificate_seal WHERE id = 1").update() > 0;
    }
}
