package cn.jiangxin.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for accounts and their roles: opening them, the administrators' list, roles, unit, e-mail address, enabled flag,
 * password hash, the login's principal, and the contacts that notifications go to. What guards a sign-in (counters,
 * locks, second factor) is in {@link AccountSecurityStore}.
 */
@Repository
class AccountStore {

    private static final String CONTACT = "SELECT a.id AS account_id, a.display_name, a.email FROM account a ";
    private static final String SUMMARY = """
            SELECT a.id, a.username, a.display_name, a.unit_id, a.enabled, a.email, a.must_change_password,
                   a.locked_until, a.totp_locked_until""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's id and user name. */
    record AccountName(long id, String username) {
    }

    /** Inserts an account and its roles; {@link org.springframework.dao.DuplicateKeyException} for a taken name. */
    long insert(NewAccount account, String passwordHash, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (username, display_name, password_hash, must_change_password, unit_id, created_at)
                VALUES (:username, :displayName, :hash, :mustChange, :unitId, :now)""")
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("mustChange", account.mustChangePassword())
                .param("unitId", account.unitId())
                .param("now", DbTime.toDb(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        addRoles(id, account.roles());
        return id;
    }

    /**
     * Inserts a talent's account, with a password to be changed at first login, and its role; empty when the person
     * already has an account or the name is taken (ON CONFLICT DO NOTHING).
     */
    Optional<Long> insertTalent(String username, String displayName, String passwordHash, long personId, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO account (username, display_name, password_hash, must_change_password, person_id, created_at)
                VALUES (?, ?, ?, TRUE, ?, ?) ON CONFLICT DO NOTHING""")
                .params(username, displayName, passwordHash, personId, DbTime.toDb(now))
                .update(key, "id");
        if (rows != 1) {
            return Optional.empty();
        }
        long id = key.getKeyAs(Number.class).longValue();
        addRoles(id, Set.of(Role.TALENT));
        return Optional.of(id);
    }

    private void addRoles(long id, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(id, role.name()).update();
        }
    }

    /** Every account by user name, each lock only while it is in force at {@code now}. */
    List<AccountSummary> list(Instant now) {
        Map<Long, Set<Role>> roles = roles(null);
        return jdbc.sql(SUMMARY + " FROM account a ORDER BY a.username")
                .query((rs, n) -> summary(rs, roles, now)).list();
    }

    /**
     * One page of the account list as {@link AccountListing#SPEC} filters and sorts it; locks as at {@code now}. The
     * page is read as ids first, then those accounts with their roles (the roles of only the page's accounts).
     */
    PageOf<AccountSummary> page(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        PageOf<Long> ids = ListPageStore.page(jdbc, query, count(query, now), "SELECT a.id", " FROM account a", where,
                (rs, n) -> rs.getLong(1));
        if (ids.isEmpty()) {
            return ids.withRows(List.of());
        }
        Map<Long, Set<Role>> roles = roles(ids.rows());
        Map<Long, AccountSummary> byId = new HashMap<>();
        jdbc.sql(SUMMARY + " FROM account a WHERE a.id IN (:ids)").param("ids", ids.rows())
                .query((rs, n) -> summary(rs, roles, now)).list().forEach(a -> byId.put(a.id(), a));
        return ids.withRows(ids.rows().stream().map(byId::get).toList());
    }

    long count(ListQuery query, Instant now) {
        SqlWhere where = where(query, now);
        return ListPageStore.count(jdbc, "FROM account a" + where.sql(), where.params());
    }

    /** Every account the query filters, in its order; the caller closes the stream. */
    java.util.stream.Stream<AccountSummary> all(ListQuery query, Instant now) {
        Map<Long, Set<Role>> roles = roles(null);
        SqlWhere where = where(query, now);
        return jdbc.sql(SUMMARY + " FROM account a" + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query((rs, n) -> summary(rs, roles, now)).stream();
    }

    private static SqlWhere where(ListQuery query, Instant now) {
        SqlWhere where = new SqlWhere()
                .and("EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :role)", "role",
                        query.text("role"))
                .like(query.search(), "a.username", "a.display_name");
        switch (query.text("state")) {
            case AccountListing.ENABLED -> where.and("a.enabled = TRUE");
            case AccountListing.DISABLED -> where.and("a.enabled = FALSE");
            case AccountListing.LOCKED -> where.and("(a.locked_until > :now OR a.totp_locked_until > :now)")
                    .bind("now", DbTime.toDb(now));
            case AccountListing.MUST_CHANGE -> where.and("a.enabled = TRUE AND a.must_change_password = TRUE");
            default -> { }
        }
        return where;
    }

    /** The roles of the accounts {@code ids}, or of every account when {@code ids} is null. */
    private Map<Long, Set<Role>> roles(List<Long> ids) {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        var sql = ids == null ? jdbc.sql("SELECT account_id, role FROM account_role")
                : jdbc.sql("SELECT account_id, role FROM account_role WHERE account_id IN (:ids)").param("ids", ids);
        sql.query((rs, n) -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
            return null;
        }).list();
        return roles;
    }

    private static AccountSummary summary(java.sql.ResultSet rs, Map<Long, Set<Role>> roles, Instant now)
            throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new AccountSummary(id, rs.getString("username"), rs.getString("display_name"),
                roles.getOrDefault(id, Set.of()), rs.getObject("unit_id", Long.class),
                rs.getBoolean("enabled"), rs.getString("email"), rs.getBoolean("must_change_password"),
                inForce(DbTime.instant(rs, "locked_until"), now),
                inForce(DbTime.instant(rs, "totp_locked_until"), now));
    }

    /** The end of a lock, or null when there is none or it has run out. */
    private static Instant inForce(Instant lockedUntil, Instant now) {
        return lockedUntil == null || !lockedUntil.isAfter(now) ? null : lockedUntil;
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    /** Whether no enabled account but this one is a system administrator. */
    boolean noOtherEnabledAdministrator(long id) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE r.role = 'SYSTEM_ADMIN' AND a.enabled = TRUE AND a.id <> ?""").param(id).query(Long.class).single() == 0;
    }

    /** Replaces the account's unit and roles. */
    void assign(long id, Set<Role> roles, Long unitId) {
        jdbc.sql("UPDATE account SET unit_id = ? WHERE id = ?").params(unitId, id).update();
        jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(id).update();
        addRoles(id, roles);
    }

    /** The account's e-mail address, "" when it has none; empty when there is no such account. */
    Optional<String> email(long id) {
        return jdbc.sql("SELECT email FROM account WHERE id = ?").param(id)
                .query((rs, n) -> Objects.toString(rs.getString(1), "")).optional();
    }

    void setEmail(long id, String address) {
        jdbc.sql("UPDATE account SET email = ? WHERE id = ?").params(address, id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** A password of the user's own: no change is required at the next login. */
    void setOwnPassword(String username, String hash) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = FALSE WHERE username = ?")
                .params(hash, username).update();
    }

    /** Renames the account and gives it a password of its own. */
    void rename(long id, String username, String hash) {
        jdbc.sql("UPDATE account SET username = ?, password_hash = ?, must_change_password = FALSE WHERE id = ?")
                .params(username, hash, id).update();
    }

    /** The account with its roles for login; {@code now} decides whether a lock is still in force. */
    Optional<AccountPrincipal> principal(String username, Instant now) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ?")
                .param(username).query(String.class).list().forEach(r -> roles.add(Role.valueOf(r)));
        return jdbc.sql("""
                SELECT id, username, display_name, password_hash, enabled, must_change_password, locked_until, unit_id,
                       totp_secret, person_id
                FROM account WHERE username = ?""").param(username)
                .query((rs, n) -> {
                    return new AccountPrincipal(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), rs.getString("password_hash"), roles,
                            rs.getObject("unit_id", Long.class), rs.getBoolean("enabled"),
                            DbTime.instant(rs, "locked_until"), now,
                            rs.getBoolean("must_change_password"), rs.getString("totp_secret") != null,
                            rs.getObject("person_id", Long.class));
                })
                .optional();
    }

    /** The account of a person of the registry, if they have one. */
    Optional<AccountName> ofPerson(long personId) {
        return jdbc.sql("SELECT id, username FROM account WHERE person_id = ?").param(personId)
                .query((rs, n) -> new AccountName(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The names of the account's roles, as stored. */
    List<String> roleNames(long accountId) {
        return jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(accountId)
                .query(String.class).list();
    }

    List<AccountDirectory.Contact> officersOf(long unitId) {
        return jdbc.sql(CONTACT + """
                JOIN account_role r ON r.account_id = a.id
                WHERE r.role = 'UNIT_OFFICER' AND a.unit_id = ? AND a.enabled = TRUE ORDER BY a.id""")
                .param(unitId).query(AccountDirectory.Contact.class).list();
    }

    List<AccountDirectory.Contact> withRole(Role role) {
        return jdbc.sql(CONTACT + "JOIN account_role r ON r.account_id = a.id WHERE r.role = ? AND a.enabled = TRUE ORDER BY a.id")
                .param(role.name()).query(AccountDirectory.Contact.class).list();
    }

    Optional<AccountDirectory.Contact> contactOfAccount(long accountId) {
        return jdbc.sql(CONTACT + "WHERE a.id = ? AND a.enabled = TRUE").param(accountId)
                .query(AccountDirectory.Contact.class).optional();
    }

    Optional<AccountDirectory.Contact> contactOfPerson(long personId) {
        return jdbc.sql(CONTACT + "WHERE a.person_id = ? AND a.enabled = TRUE").param(personId)
                .query(AccountDirectory.Contact.class).optional();
    }

    /** The display name of the account with that user name, if there is one. */
    Optional<String> displayName(String username) {
        return jdbc.sql("SELECT display_name FROM account WHERE username = ?").param(username).query(String.class)
                .optional();
    }
}
