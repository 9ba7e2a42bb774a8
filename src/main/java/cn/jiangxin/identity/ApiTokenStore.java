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

    /** The name of the caller whose token has this hash, unless it was revoked. */
    Optional<String> clientWithHash(String tokenHash) {
        return jdbc.sql("SELECT name FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash).query(String.class).optional();
    }

    List<ApiTokens.TokenView> list() {
        return jdbc.sql("SELECT id, name, prefix, created_by, created_at, revoked_at FROM api_token ORDER BY id")
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
