package cn.jiangxin.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for policy_version. Published rows are never updated: every write is guarded by status = DRAFT. */
@Repository
class PolicyVersionStore {

    private static final String COLUMNS = "id, code, title, status, effective_from, content, based_on, created_by, "
            + "created_at, published_at, published_by";

    private final JdbcClient jdbc;

    PolicyVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version's code, drafts and the latest effective first, for choosing two versions to compare. */
    List<String> codes() {
        return jdbc.sql("SELECT code FROM policy_version ORDER BY effective_from DESC NULLS FIRST, id DESC")
                .query(String.class).list();
    }

    /** One page of the version list as {@link PolicyListing#SPEC} filters and sorts it. */
    PageOf<StoredVersion> page(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.page(jdbc, query, count(query), "SELECT " + COLUMNS, " FROM policy_version", where,
                this::row);
    }

    long count(ListQuery query) {
        SqlWhere where = where(query);
        return ListPageStore.count(jdbc, "FROM policy_version" + where.sql(), where.params());
    }

    /** Every version the query filters, in its order; the caller closes the stream. */
    java.util.stream.Stream<StoredVersion> all(ListQuery query) {
        SqlWhere where = where(query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(this::row).stream();
    }

    private static SqlWhere where(ListQuery query) {
        return new SqlWhere().and("status = :status", "status", query.text("status"))
                .like(query.search(), "code", "title");
    }

    List<StoredVersion> published() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version WHERE status = 'PUBLISHED' ORDER BY effective_from, id")
                .query(this::row).list();
    }

    Optional<StoredVersion> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version WHERE code = ?").param(code).query(this::row).optional();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM policy_version WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    Optional<LocalDate> latestPublishedEffectiveFrom() {
        return Optional.ofNullable(jdbc.sql("SELECT MAX(effective_from) FROM policy_version WHERE status = 'PUBLISHED'")
                .query(LocalDate.class).single());
    }

    void insertPublished(PolicyPack pack, LocalDate effectiveFrom, String by, Instant at) {
        jdbc.sql("INSERT INTO policy_version (code, title, status, effective_from, content, created_by, created_at, "
                        + "published_at, published_by) VALUES (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?)")
                .params(pack.code(), pack.title(), effectiveFrom, PolicyPackJson.write(pack), by, DbTime.toDb(at), DbTime.toDb(at), by)
                .update();
    }

    void insertDraft(PolicyPack pack, String basedOn, String by, Instant at) {
        jdbc.sql("INSERT INTO policy_version (code, title, status, content, based_on, created_by, created_at) "
                        + "VALUES (?, ?, 'DRAFT', ?, ?, ?, ?)")
                .params(pack.code(), pack.title(), PolicyPackJson.write(pack), basedOn, by, DbTime.toDb(at))
                .update();
    }

    /** Returns false when the row is not a draft (any more). */
    boolean updateDraft(String code, PolicyPack pack) {
        return jdbc.sql("UPDATE policy_version SET title = ?, content = ? WHERE code = ? AND status = 'DRAFT'")
                .params(pack.title(), PolicyPackJson.write(pack), code).update() == 1;
    }

    /**
     * Publishes a draft unless a published version is effective after {@code effectiveFrom}. The condition is
     * re-checked in the statement itself (two publications in concurrent, uncommitted transactions are still not
     * serialised against each other).
     */
    boolean publish(String code, LocalDate effectiveFrom, String by, Instant at) {
        return jdbc.sql("UPDATE policy_version SET status = 'PUBLISHED', effective_from = ?, published_at = ?, "
                        + "published_by = ? WHERE code = ? AND status = 'DRAFT' AND NOT EXISTS (SELECT 1 FROM "
                        + "(SELECT effective_from FROM policy_version WHERE status = 'PUBLISHED') p WHERE p.effective_from > ?)")
                .params(effectiveFrom, DbTime.toDb(at), by, code, effectiveFrom).update() == 1;
    }


    private StoredVersion row(ResultSet rs, int n) throws SQLException {
        return new StoredVersion(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                VersionStatus.valueOf(rs.getString("status")), rs.getObject("effective_from", LocalDate.class),
                PolicyPackJson.read(rs.getString("content")), rs.getString("based_on"), rs.getString("created_by"),
                DbTime.instant(rs, "created_at"), DbTime.instant(rs, "published_at"),
                rs.getString("published_by"));
    }

}
