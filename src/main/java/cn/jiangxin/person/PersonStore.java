package cn.jiangxin.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.list.ListPageStore;
import cn.jiangxin.platform.list.ListQuery;
import cn.jiangxin.platform.list.ListSql;
import cn.jiangxin.platform.list.PageOf;
import cn.jiangxin.platform.list.SqlWhere;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The person table: ID and phone numbers go in encrypted, with a blind index for the ID number. */
@Repository
public class PersonStore {

    private static final String COLUMNS = "id, name, id_number_enc, phone_enc, unit_id";
    private static final String LISTED_FROM = " FROM person p JOIN unit u ON u.id = p.unit_id";
    private static final String LISTED_COLUMNS = "SELECT p.id, p.name, p.id_number_enc, p.phone_enc, p.unit_id, "
            + "u.name AS unit_name";
    private static final String LISTED = LISTED_COLUMNS + LISTED_FROM;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    PersonStore(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    Optional<PersonView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ?").param(id).query(this::view).optional();
    }

    public Optional<PersonView> find(ResidentIdNumber idNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id_number_index = ?")
                .param(cipher.blindIndex(idNumber.value())).query(this::view).optional();
    }

    /** People whose name contains the text or whose pinyin initials start with it; within one unit if given. */
    List<PersonView> search(String text, Long unitId, int limit) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("SELECT " + COLUMNS + " FROM person "
                        + "WHERE (LOWER(name) LIKE :name ESCAPE '\\' OR name_initials LIKE :initials ESCAPE '\\') "
                        + "AND (:unitId = -1 OR unit_id = :unitId) ORDER BY name, id LIMIT :limit")
                .param("name", "%" + t + "%").param("initials", "% " + t.replace(" ", "") + "%")
                .param("unitId", unitId == null ? -1L : unitId).param("limit", limit)
                .query(this::view).list();
    }

    /** One page of people as {@link PersonListing#SPEC} sorts them, within {@code scope}. */
    PageOf<PersonListing.Row> page(ListQuery query, PersonListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return ListPageStore.page(jdbc, query, count(query, scope), LISTED_COLUMNS, LISTED_FROM, where, this::row);
    }

    long count(ListQuery query, PersonListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return ListPageStore.count(jdbc, LISTED_FROM + where.sql(), where.params());
    }

    /** Every person the query finds within {@code scope}, in its order; the caller closes the stream. */
    Stream<PersonListing.Row> all(ListQuery query, PersonListing.Scope scope) {
        SqlWhere where = where(query, scope);
        return jdbc.sql(LISTED + where.sql() + ListSql.orderBy(query)).params(where.params())
                .withFetchSize(ListSql.FETCH_SIZE).query(this::row).stream();
    }

    /** Name contains the text or pinyin initials start with it; or exactly the ID number, when the text is one. */
    private SqlWhere where(ListQuery query, PersonListing.Scope scope) {
        SqlWhere where = new SqlWhere();
        if (scope.nobody()) {
            return where.and("1 = 0");
        }
        where.and("p.unit_id = :unitId", "unitId", Optional.ofNullable(scope.unitId()));
        if (scope.idNumber() != null) {
            return where.and("p.id_number_index = :idIndex").bind("idIndex", cipher.blindIndex(scope.idNumber().value()));
        }
        String t = query.search().toLowerCase(Locale.ROOT);
        if (!t.isEmpty()) {
            where.and("(LOWER(p.name) LIKE :name ESCAPE '\\' OR p.name_initials LIKE :initials ESCAPE '\\')")
                    .bind("name", "%" + SqlWhere.escapeLike(t) + "%")
                    .bind("initials", "% " + SqlWhere.escapeLike(t.replace(" ", "")) + "%");
        }
        return where;
    }

    private PersonListing.Row row(ResultSet rs, int n) throws SQLException {
        return new PersonListing.Row(view(rs, n), rs.getString("unit_name"));
    }

    public long insert(PersonDraft d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person (name, name_initials, id_number_enc, id_number_index, birth_date, sex, phone_enc,
                                    unit_id, created_at, updated_at)
                VALUES (:name, :initials, :idEnc, :idIndex, :birth, :sex, :phoneEnc, :unitId, :now, :now)""")
                .params(params(d)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long id, PersonDraft d) {
        jdbc.sql("""
                UPDATE person SET name = :name, name_initials = :initials, id_number_enc = :idEnc,
                       id_number_index = :idIndex, birth_date = :birth, sex = :sex, phone_enc = :phoneEnc,
                       unit_id = :unitId, updated_at = :now
                WHERE id = :id""")
                .params(params(d)).param("id", id).update();
    }

    private Map<String, Object> params(PersonDraft d) {
        return Map.of("name", d.name(), "initials", PinyinInitials.column(d.name()),
                "idEnc", cipher.encrypt(d.idNumber().value()), "idIndex", cipher.blindIndex(d.idNumber().value()),
                "birth", d.idNumber().birthDate(), "sex", d.idNumber().sex().name(),
                "phoneEnc", cipher.encrypt(d.phone().value()), "unitId", d.unitId(),
                "now", DbTime.toDb(clock.instant()));
    }

    private PersonView view(ResultSet rs, int n) throws SQLException {
        return new PersonView(rs.getLong("id"), rs.getString("name"),
                ResidentIdNumber.stored(cipher.decrypt(rs.getString("id_number_enc"))),
                MobileNumber.parse(cipher.decrypt(rs.getString("phone_enc"))), rs.getLong("unit_id"));
    }
}
