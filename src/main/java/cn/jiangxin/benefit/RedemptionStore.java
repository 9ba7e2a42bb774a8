package cn.jiangxin.benefit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recorded uses of services, one row per use, unique per venue account and idempotency key, and the reversing
 * records of uses taken back. The list joins the person registry's table for the name it shows and searches.
 */
@Repository
class RedemptionStore {

    private static final String FROM = " FROM service_redemption r JOIN entitlement e ON e.id = r.entitlement_id"
            + " LEFT JOIN service_redemption_reversal v ON v.redemption_id = r.id";
    private static final String COLUMNS = """
            SELECT r.id, r.entitlement_id, e.person_id, e.code, r.support_year, r.used_on, r.provider_account,
                   r.provider_name, r.recorded_at, v.reversed_at, r.token_digest, r.used_in_year, r.hold_key""" + FROM;
    /** The list's rows name the person; a venue's own list masks the name. */
    private static final String LISTED_COLUMNS = """
            SELECT r.id, r.entitlement_id, e.person_id, e.code, r.support_year, r.used_on, r.provider_account,
                   r.provider_name, r.recorded_at, v.reversed_at, r.token_digest, r.used_in_year, r.hold_key,
                   p.name AS person_name""";
    private static final String LISTED_FROM = FROM + " JOIN person p ON p.id = e.person_id";
    private static final String LISTED = LISTED_COLUMNS + LISTED_FROM;

    private final JdbcClient jdbc;

    RedemptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the use unless the venue already sent this key; answers whether it inserted. */
    boolean insert(long entitlementId, int supportYear, LocalDate usedOn, CurrentUser provider, String key,
            String tokenDigest, Instant now) {
        return jdbc.sql("""
                INSERT INTO service_redemption (entitlement_id, support_year, used_on, provider_account, provider_name,
                    idempotency_key, token_digest, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(entitlementId, supportYear, usedOn, provider.accountId(), provider.displayName(), key,
                        tokenDigest, DbTime.toDb(now))
                .update() == 1;
    }

    /** Keeps on the use the support year's count right after it was counted (in the same transaction). */
    void keepCount(long providerAccount, String key) {
        jdbc.sql("""
                UPDATE service_redemption SET used_in_year = (SELECT u.used FROM entitlement_usage u
                    WHERE u.entitlement_id = service_redemption.entitlement_id
                      AND u.support_year = service_redemption.support_year)
                WHERE provider_account = ? AND idempotency_key = ?""").params(providerAccount, key).update();
    }

    /** Names on the use the hold it redeemed (in the transaction that moved the hold to USED). */
    void linkHold(long providerAccount, String key, ServiceHold hold) {
        jdbc.sql("UPDATE service_redemption SET hold_id = ?, hold_key = ? WHERE provider_account = ? AND idempotency_key = ?")
                .params(hold.id(), hold.key(), providerAccount, key).update();
    }

    /** The first use recorded from a scan of this token that still counts, if any. */
    Optional<Redemption> firstOfToken(String tokenDigest) {
        return jdbc.sql(COLUMNS + " WHERE r.token_digest = ? AND v.redemption_id IS NULL ORDER BY r.id")
                .param(tokenDigest).query(RedemptionStore::row).list().stream().findFirst();
    }

    Optional<Redemption> byKey(long providerAccount, String key) {
        return jdbc.sql(COLUMNS + " WHERE r.provider_account = ? AND r.idempotency_key = ?")
                .params(providerAccount, key).query(RedemptionStore::row).optional();
    }

    /** Uses of one entitlement, latest first. */
    List<Redemption> ofEntitlement(long entitlementId) {
        return jdbc.sql(COLUMNS + " WHERE r.entitlement_id = ? ORDER BY r.used_on DESC, r.id DESC")
                .param(entitlementId).query(RedemptionStore::row).list();
    }

    /** Uses of all the person's services, latest first. */
    List<Redemption> ofPerson(long personId) {
        return jdbc.sql(COLUMNS + " WHERE e.person_id = ? ORDER BY r.used_on DESC, r.id DESC")
                .param(personId).query(RedemptionStore::row).list();
    }

    /** The uses a venue recorded from {@code from} (inclusive) to {@code until}, latest first. */
    List<Redemption> ofVenue(long providerAccount, Instant from, Instant until) {
        return jdbc.sql(COLUMNS + " WHERE r.provider_account = ? AND r.recorded_at >= ? AND r.recorded_at < ?"
                + " ORDER BY r.recorded_at DESC, r.id DESC")
                .params(providerAccount, DbTime.toDb(from), DbTime.toDb(until)).query(RedemptionStore::row).list();
    }

    /** Locks the use, so that two undos of it run one after the other; empty when there is no such use. */
    Optional<Redemption> lock(long id) {
        return jdbc.sql("SELECT id FROM service_redemption WHERE id = ? FOR UPDATE").param(id).query(Long.class)
                .optional().flatMap(locked -> jdbc.sql(COLUMNS + " WHERE r.id = ?").param(locked)
                        .query(RedemptionStore::row).optional());
    }

    void reverse(long id, long by, Instant at) {
        jdbc.sql("INSERT INTO service_redemption_reversal (redemption_id, reversed_by, reversed_at) VALUES (?, ?, ?)")
                .params(id, by, DbTime.toDb(at)).update();
    }

    /** One page of uses as {@link RedemptionListing} filters them; a venue ({@code venue} not null) sees its own. */
    PageOf<ListedRedemption> page(ListQuery query, Long venue) {
        SqlWhere where = where(query, venue);
        return ListPageStore.page(jdbc, query, count(query, venue), LISTED_COLUMNS, LISTED_FROM, where,
                RedemptionStore::listed);
    }

    long count(ListQuery query, Long venue) {
        SqlWhere where = where(query, venue);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    Stream<ListedRedemption> all(ListQuery query, Long venue) {
        SqlWhere where = where(query, venue);
        return jdbc.sql(LISTED + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(RedemptionStore::listed).stream();
    }

    /** The venues that have recorded uses, by account, for the venue filter's choices. */
    Map<Long, String> venues() {
        Map<Long, String> venues = new LinkedHashMap<>();
        jdbc.sql("SELECT provider_account, MAX(provider_name) FROM service_redemption GROUP BY provider_account"
                + " ORDER BY MAX(provider_name)").query(rs -> {
                    venues.put(rs.getLong(1), rs.getString(2));
                });
        return venues;
    }

    private static SqlWhere where(ListQuery query, Long venue) {
        SqlWhere where = new SqlWhere().like(query.search(), "p.name")
                .and("r.provider_account = :venue", "venue", venue != null ? Optional.of(venue) : query.id("venue"))
                .and("e.code = :service", "service", query.text("service"))
                .and("r.used_on >= :from", "from", query.date("from"))
                .and("r.used_on <= :to", "to", query.date("to"));
        switch (query.text("state")) {
            case "counted" -> where.and("v.redemption_id IS NULL");
            case "reversed" -> where.and("v.redemption_id IS NOT NULL");
            default -> { }
        }
        return where;
    }

    private static ListedRedemption listed(ResultSet rs, int n) throws SQLException {
        return new ListedRedemption(row(rs, n), rs.getString("person_name"));
    }

    private static Redemption row(ResultSet rs, int n) throws SQLException {
        return new Redemption(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getString(8), DbTime.instant(rs, 9),
                DbTime.instant(rs, 10), rs.getString(11), rs.getObject(12, Integer.class), rs.getString(13));
    }
}
