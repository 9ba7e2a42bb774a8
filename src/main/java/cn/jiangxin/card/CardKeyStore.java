package cn.jiangxin.card;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the card signing keys; the private key only ever as the sealed (encrypted) text. */
@Repository
class CardKeyStore {

    private static final String SELECT = """
            SELECT kid, public_key, private_key_sealed, status, created_at, retired_at, published_until
            FROM card_signing_key""";

    /** A stored key; {@code sealedPrivateKey} is null when the private key comes from a configured file. */
    record StoredKey(String kid, String publicKey, String sealedPrivateKey, String status, Instant createdAt,
            Instant retiredAt, Instant publishedUntil) {

        @Override
        public String toString() {
            return "StoredKey[" + kid + " " + status + "]"; // never the sealed private key, not even in a log
        }
    }

    private final JdbcClient jdbc;

    CardKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the key as the active one; false when another node got there first (kid or active slot taken). */
    boolean insertActive(String kid, String publicKey, String sealedPrivateKey, Instant now) {
        return jdbc.sql("""
                INSERT INTO card_signing_key (kid, public_key, private_key_sealed, status, active_slot, created_at)
                VALUES (?, ?, ?, 'ACTIVE', 1, ?) ON CONFLICT DO NOTHING""")
                .params(kid, publicKey, sealedPrivateKey, DbTime.toDb(now)).update() == 1;
    }

    Optional<StoredKey> active() {
        return jdbc.sql(SELECT + " WHERE active_slot = 1").query(CardKeyStore::map).optional();
    }

    Optional<StoredKey> find(String kid) {
        return jdbc.sql(SELECT + " WHERE kid = ?").param(kid).query(CardKeyStore::map).optional();
    }

    /** The public key of a published key: the active one, or a retired one until its last token has expired. */
    Optional<String> publishedPublicKey(String kid, Instant now) {
        return jdbc.sql("SELECT public_key FROM card_signing_key WHERE kid = ? AND (status = 'ACTIVE' OR published_until > ?)")
                .params(kid, DbTime.toDb(now)).query(String.class).optional();
    }

    /** Every published key, the active one first. */
    List<StoredKey> published(Instant now) {
        return jdbc.sql(SELECT + " WHERE status = 'ACTIVE' OR published_until > ? ORDER BY status, created_at DESC")
                .param(DbTime.toDb(now)).query(CardKeyStore::map).list();
    }

    /** Every key ever made, newest first (for the administrators' page). */
    List<StoredKey> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, kid DESC").query(CardKeyStore::map).list();
    }

    /** Retires the key if it is still the active one; false when another rotation did it first. */
    boolean retire(String kid, Instant now, Instant publishedUntil) {
        return jdbc.sql("""
                UPDATE card_signing_key SET status = 'RETIRED', active_slot = NULL, retired_at = ?, published_until = ?
                WHERE kid = ? AND active_slot = 1""")
                .params(DbTime.toDb(now), DbTime.toDb(publishedUntil), kid).update() == 1;
    }

    long countWithPrefix(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM card_signing_key WHERE kid LIKE ?").param(prefix + "%")
                .query(Long.class).single();
    }

    private static StoredKey map(ResultSet rs, int n) throws SQLException {
        return new StoredKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), DbTime.instant(rs, 5),
                DbTime.instant(rs, 6), DbTime.instant(rs, 7));
    }
}
