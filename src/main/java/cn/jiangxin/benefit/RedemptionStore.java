package cn.jiangxin.benefit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded uses of services, one row per use, unique per venue account and idempotency key. */
@Repository
class RedemptionStore {

    private static final String COLUMNS = """
            SELECT r.id, r.entitlement_id, e.person_id, e.code, r.support_year, r.used_on, r.provider_name, r.recorded_at
            FROM service_redemption r JOIN entitlement e ON e.id = r.entitlement_id""";

    private final JdbcClient jdbc;

    RedemptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the use unless the venue already sent this key; answers whether it inserted. */
    boolean insert(long entitlementId, int supportYear, LocalDate usedOn, CurrentUser provider, String key, Instant now) {
        return jdbc.sql("""
                INSERT INTO service_redemption (entitlement_id, support_year, used_on, provider_account, provider_name,
                    idempotency_key, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(entitlementId, supportYear, usedOn, provider.accountId(), provider.displayName(), key,
                        DbTime.toDb(now))
                .update() == 1;
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

    private static Redemption row(ResultSet rs, int n) throws SQLException {
        return new Redemption(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), DbTime.instant(rs, 8));
    }
}
