package cn.jiangxin.benefit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import cn.jiangxin.policy.PolicyTerms.Measure;
import cn.jiangxin.policy.SupportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entitlement rows and their per-year usage counters; the staff list joins the person registry for the name. */
@Repository
class EntitlementStore {

    private static final String COLUMNS = """
            SELECT id, certification_id, person_id, policy_version, code, article, quota_per_year, valid_from,
                   valid_until_exclusive, status FROM entitlement""";

    private static final String LISTED_FROM = " FROM entitlement e JOIN person p ON p.id = e.person_id";
    private static final String LISTED_COLUMNS = """
            SELECT e.id, e.certification_id, e.person_id, e.policy_version, e.code, e.article, e.quota_per_year,
                   e.valid_from, e.valid_until_exclusive, e.status, p.name AS person_name""";
    private static final String LISTED = LISTED_COLUMNS + LISTED_FROM;

    private final JdbcClient jdbc;

    EntitlementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the grant of one measure unless the certification already has it; answers whether it inserted. */
    boolean grantIfAbsent(TalentCertified event, Measure measure, Instant now) {
        return jdbc.sql("""
                INSERT INTO entitlement (certification_id, person_id, policy_version, code, article, quota_per_year,
                    valid_from, valid_until_exclusive, status, granted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) ON CONFLICT DO NOTHING""")
                .params(event.certificationId(), event.personId(), event.policyVersion(), measure.code(),
                        measure.article(), measure.quotaPerYear(), event.supportStart(), event.supportEndExclusive(),
                        DbTime.toDb(now))
                .update() == 1;
    }

    long idOf(long certificationId, String code) {
        return jdbc.sql("SELECT id FROM entitlement WHERE certification_id = ? AND code = ?")
                .params(certificationId, code).query(Long.class).single();
    }

    void openYear(long entitlementId, int supportYear, int quota) {
        jdbc.sql("""
                INSERT INTO entitlement_usage (entitlement_id, support_year, quota, used) VALUES (?, ?, ?, 0)
                ON CONFLICT DO NOTHING""").params(entitlementId, supportYear, quota).update();
    }

    Optional<StoredEntitlement> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(EntitlementStore::row).optional();
    }

    /** The person's entitlements, latest period first, then in the order of the policy. */
    List<StoredEntitlement> ofPerson(long personId) {
        return jdbc.sql(COLUMNS + " WHERE person_id = ? ORDER BY valid_from DESC, id").param(personId)
                .query(EntitlementStore::row).list();
    }

    List<StoredEntitlement> ofPersonAndCode(long personId, String code) {
        return jdbc.sql(COLUMNS + " WHERE person_id = ? AND code = ? ORDER BY valid_from DESC, id")
                .params(personId, code).query(EntitlementStore::row).list();
    }

    /** Uses per support year of each of the person's entitlements. */
    Map<Long, Map<Integer, Integer>> usageOfPerson(long personId) {
        Map<Long, Map<Integer, Integer>> usage = new HashMap<>();
        jdbc.sql("""
                SELECT u.entitlement_id, u.support_year, u.used FROM entitlement_usage u
                JOIN entitlement e ON e.id = u.entitlement_id WHERE e.person_id = ?""").param(personId)
                .query(rs -> {
                    usage.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3));
                });
        return usage;
    }

    /**
     * Counts one use in a support year if the quota has room: one conditional update, so of two simultaneous
     * requests for the last use only one succeeds (the other waits for the row and finds no room).
     */
    boolean countUse(long entitlementId, int supportYear) {
        return jdbc.sql("""
                UPDATE entitlement_usage SET used = used + 1
                WHERE entitlement_id = ? AND support_year = ? AND used < quota""")
                .params(entitlementId, supportYear).update() == 1;
    }

    /** Gives one use of a support year back (a use taken back); never below zero. */
    boolean giveBackUse(long entitlementId, int supportYear) {
        return jdbc.sql("""
                UPDATE entitlement_usage SET used = used - 1
                WHERE entitlement_id = ? AND support_year = ? AND used > 0""")
                .params(entitlementId, supportYear).update() == 1;
    }

    /** One page of entitlements as {@link EntitlementListing} filters them, with the person's name. */
    PageOf<ListedEntitlement> page(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.page(jdbc, query, count(query, today), LISTED_COLUMNS, LISTED_FROM, where,
                EntitlementStore::listed);
    }

    long count(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    Stream<ListedEntitlement> all(ListQuery query, LocalDate today) {
        SqlWhere where = where(query, today);
        return jdbc.sql(LISTED + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(EntitlementStore::listed).stream();
    }

    /** Active: stored active and {@code today} within the period; lapsed: stored lapsed or the period over. */
    private static SqlWhere where(ListQuery query, LocalDate today) {
        SqlWhere where = new SqlWhere().like(query.search(), "p.name")
                .and("e.code = :measure", "measure", query.text("measure"));
        switch (query.text("state")) {
            case "active" -> where.and("e.status = 'ACTIVE' AND e.valid_from <= :today AND e.valid_until_exclusive > :today")
                    .bind("today", today);
            case "lapsed" -> where.and("(e.status = 'LAPSED' OR e.valid_until_exclusive <= :today)").bind("today", today);
            default -> { }
        }
        return where;
    }

    private static ListedEntitlement listed(ResultSet rs, int n) throws SQLException {
        return new ListedEntitlement(row(rs, n), rs.getString("person_name"));
    }

    List<Long> dueForLapse(LocalDate today) {
        return jdbc.sql("SELECT id FROM entitlement WHERE status = 'ACTIVE' AND valid_until_exclusive <= ? ORDER BY id")
                .param(today).query(Long.class).list();
    }

    /** Stops every still active entitlement of a revoked certification; answers the ids this call stopped. */
    List<Long> stopOfCertification(long certificationId, Instant now) {
        List<Long> active = jdbc.sql("SELECT id FROM entitlement WHERE certification_id = ? AND status = 'ACTIVE' ORDER BY id")
                .param(certificationId).query(Long.class).list();
        return active.stream().filter(id -> jdbc.sql(
                "UPDATE entitlement SET status = 'LAPSED', lapsed_at = ? WHERE id = ? AND status = 'ACTIVE'")
                .params(DbTime.toDb(now), id).update() == 1).toList();
    }

    /** Marks one entitlement lapsed unless it already is; answers whether this call did it. */
    boolean lapse(long id, LocalDate today, Instant now) {
        return jdbc.sql("""
                UPDATE entitlement SET status = 'LAPSED', lapsed_at = ?
                WHERE id = ? AND status = 'ACTIVE' AND valid_until_exclusive <= ?""")
                .params(DbTime.toDb(now), id, today).update() == 1;
    }

    private static StoredEntitlement row(ResultSet rs, int n) throws SQLException {
        return new StoredEntitlement(rs.getLong("id"), rs.getLong("certification_id"), rs.getLong("person_id"),
                rs.getString("policy_version"), rs.getString("code"), rs.getString("article"),
                rs.getObject("quota_per_year", Integer.class),
                new SupportPeriod(rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until_exclusive", LocalDate.class)),
                rs.getString("status"));
    }
}
