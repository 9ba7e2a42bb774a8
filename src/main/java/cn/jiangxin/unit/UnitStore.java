package cn.jiangxin.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.jiangxin.identity.UnitChoices;
import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The unit table. */
@Repository
public class UnitStore {

    private static final String COLUMNS =
            "id, name, kind, credit_code, district_code, address, contact_name, contact_phone";

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<UnitView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = ?").param(id).query(UnitStore::view).optional();
    }

    public Optional<Long> idOf(UnifiedSocialCreditCode code) {
        return jdbc.sql("SELECT id FROM unit WHERE credit_code = ?").param(code.value()).query(Long.class).optional();
    }

    /** The first {@code limit} units by name whose name or code contains the text: for pickers that suggest as one types. */
    List<UnitView> search(String text, int limit) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE LOWER(name) LIKE :like ESCAPE '\\' "
                        + "OR LOWER(credit_code) LIKE :like ESCAPE '\\' ORDER BY name, id LIMIT :limit")
                .param("like", like).param("limit", limit).query(UnitStore::view).list();
    }

    /** One page of the unit list as {@link UnitListing#SPEC} filters and sorts it, within {@code scope}. */
    PageOf<UnitView> page(ListQuery query, UnitListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return ListPageStore.page(jdbc, query, count(query, scope), "SELECT " + COLUMNS, " FROM unit", where,
                UnitStore::view);
    }

    long count(ListQuery query, UnitListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return ListPageStore.count(jdbc, "FROM unit" + where.sql(), where.params());
    }

    /** Every unit the query filters, in its order; the caller closes the stream. */
    java.util.stream.Stream<UnitView> all(ListQuery query, UnitListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit" + where.sql() + ListSql.orderBy(query))
                .params(where.params()).withFetchSize(ListSql.FETCH_SIZE).query(UnitStore::view).stream();
    }

    /** The district codes units are registered in, for the district filter. */
    List<String> districts() {
        return jdbc.sql("SELECT DISTINCT district_code FROM unit ORDER BY district_code").query(String.class).list();
    }

    private static SqlWhere where(ListQuery query, UnitListing.Scope scope) {
        SqlWhere where = new SqlWhere();
        if (scope.nobody()) {
            where.and("1 = 0");
        } else if (scope.unitId() != null) {
            where.and("id = :ownUnit").bind("ownUnit", scope.unitId());
        }
        return where.and("kind = :kind", "kind", query.text("kind"))
                .and("district_code = :district", "district", query.text("district"))
                .like(query.search(), "name", "credit_code");
    }

    public long insert(UnitDraft d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO unit (name, kind, credit_code, district_code, address, contact_name, contact_phone,
                                  created_at, updated_at)
                VALUES (:name, :kind, :code, :district, :address, :contactName, :contactPhone, :now, :now)""")
                .params(params(d)).param("now", DbTime.toDb(clock.instant()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, UnitDraft d) {
        return jdbc.sql("""
                UPDATE unit SET name = :name, kind = :kind, credit_code = :code, district_code = :district,
                       address = :address, contact_name = :contactName, contact_phone = :contactPhone,
                       updated_at = :now
                WHERE id = :id""")
                .params(params(d)).param("now", DbTime.toDb(clock.instant())).param("id", id)
                .update() == 1;
    }

    private static java.util.Map<String, Object> params(UnitDraft d) {
        return java.util.Map.of("name", d.name(), "kind", d.kind().name(), "code", d.creditCode().value(),
                "district", d.districtCode().value(), "address", d.address(), "contactName", d.contactName(),
                "contactPhone", d.contactPhone());
    }

    private static UnitView view(ResultSet rs, int n) throws SQLException {
        return new UnitView(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                new UnifiedSocialCreditCode(rs.getString("credit_code")), new DistrictCode(rs.getString("district_code")),
                rs.getString("address"), rs.getString("contact_name"), rs.getString("contact_phone"));
    }

    /** Every unit's id and name, by name, for attaching unit officers. */
    List<UnitChoices.Choice> choices() {
        return jdbc.sql("SELECT id, name FROM unit ORDER BY name")
                .query((rs, n) -> new UnitChoices.Choice(rs.getLong(1), rs.getString(2))).list();
    }

    Optional<UnitChoices.Choice> choice(long unitId) {
        return jdbc.sql("SELECT id, name FROM unit WHERE id = ?").param(unitId)
                .query((rs, n) -> new UnitChoices.Choice(rs.getLong(1), rs.getString(2))).optional();
    }
}
