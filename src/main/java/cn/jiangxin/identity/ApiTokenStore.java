package cn.jiangxin.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the API tokens: their hashes, who issued them, and when they were revoked. */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String tokenHash, String prefix, String createdBy, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, prefix, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(name, tokenHash, prefix, createdBy, DbTime.toDb(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The caller whose token has this hash, unless it was revoked: its name and, for a venue, the account's name. */
    Optional<ApiTokens.Client> clientWithHash(String tokenHash) {
        return jdbc.sql("""
                SELECT t.name, a.username FROM api_token t LEFT JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL""")
                .param(tokenHash).query((rs, n) -> new ApiTokens.Client(rs.getString(1), rs.getString(2))).optional();
    }

    long insertForAccount(long accountId, String name, String tokenHash, String prefix, String createdBy, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, prefix, created_by, created_at, account_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(name, tokenHash, prefix, createdBy, DbTime.toDb(now), accountId)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    boolean hashExists(String tokenHash) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(tokenHash).query(Long.class)
                .single() > 0;
    }

    /** The tokens of one account, newest first. */
    List<ApiTokens.TokenView> ofAccount(long accountId) {
        return jdbc.sql("""
                SELECT id, name, prefix, created_by, created_at, revoked_at FROM api_token WHERE account_id = ?
                ORDER BY id DESC""").param(accountId)
                .query((rs, n) -> new ApiTokens.TokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), DbTime.instant(rs, 5), DbTime.instant(rs, 6)))
                .list();
    }

    /** False when the account has no such token or it was revoked before. */
    boolean revokeOfAccount(long accountId, long id, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(DbTime.toDb(now), id, accountId).update() > 0;
    }

    List<ApiTokens.TokenView> list() {
        return jdbc.sql("SELECT id, name, prefix, created_by, created_at, revoked_at FROM api_token"
                + " WHERE account_id IS NULL ORDER BY id")
                .query((rs, n) -> new ApiTokens.TokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), DbTime.instant(rs, 5),
                        DbTime.instant(rs, 6)))
                .list();
    }

    /** False when there is no such token or it was revoked before. */
    boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(DbTime.toDb(now), id).update() > 0;
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = ?").param(id).query(Long.class).single() > 0;
    }
}
