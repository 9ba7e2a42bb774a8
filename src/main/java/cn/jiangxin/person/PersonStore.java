package cn.jiangxin.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.jiangxin.platform.DbTime;
import cn.jiangxin.platform.crypto.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The person table: ID and phone numbers go in encrypted, with a blind index for the ID number. */
@Repository
public class PersonStore {

    private static final String COLUMNS = "id, name, id_number_enc, phone_enc, unit_id";

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
