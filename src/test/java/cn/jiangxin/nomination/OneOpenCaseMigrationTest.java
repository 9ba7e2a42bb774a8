package cn.jiangxin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.jiangxin.testsupport.TestDatabaseIsolation;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V18_2 on a database where people were already given more than one open case: it succeeds, changes no case's state,
 * marks the oldest open case of each person, and from then on the database takes no second open case.
 */
class OneOpenCaseMigrationTest {

    private static final MigrationVersion RULE = MigrationVersion.fromVersion("18.2");
    private static final String CLOSED = "('CERTIFIED', 'REJECTED', 'WITHDRAWN')";

    private String schema;
    private SingleConnectionDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void freshDatabase() throws SQLException {
        schema = "jx_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Connection connection;
        if (TestDatabaseIsolation.onPostgres()) {
            connection = DriverManager.getConnection(TestDatabaseIsolation.PG_URL,
                    System.getenv().getOrDefault("JIANGXIN_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("JIANGXIN_TEST_PG_PASSWORD", ""));
            connection.createStatement().execute("CREATE SCHEMA " + schema);
            connection.createStatement().execute("SET search_path TO " + schema);
        } else {
            connection = DriverManager.getConnection("jdbc:h2:mem:" + schema
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        }
        dataSource = new SingleConnectionDataSource(connection, true);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void dropIt() throws SQLException {
        if (TestDatabaseIsolation.onPostgres()) {
            jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
        dataSource.destroy();
    }

    @Test
    void casesOpenedTwiceBeforeTheRuleStayAsTheyAreAndTheOldestHoldsThePlace() throws IOException {
        migrate(lastBefore(RULE));
        jdbc.sql("""
                INSERT INTO unit (name, kind, credit_code, district_code, address, contact_name, contact_phone,
                  created_at, updated_at) VALUES ('学校', 'SCHOOL', '12110105MB0000000X', '110105', '北京', '王', '010',
                  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update();
        long unit = jdbc.sql("SELECT id FROM unit").query(Long.class).single();
        long twice = person(unit, "a");
        long once = person(unit, "b");
        long closedOnly = person(unit, "c");
        Map<Long, String> cases = new LinkedHashMap<>();
        cases.put(nomination(twice, unit, "WITHDRAWN"), "WITHDRAWN");
        long oldestOpen = nomination(twice, unit, "SUBMITTED");
        cases.put(oldestOpen, "SUBMITTED");
        cases.put(nomination(twice, unit, "DRAFT"), "DRAFT");
        cases.put(nomination(twice, unit, "RETURNED"), "RETURNED");
        long onlyOpen = nomination(once, unit, "IN_PUBLIC_NOTICE");
        cases.put(onlyOpen, "IN_PUBLIC_NOTICE");
        cases.put(nomination(closedOnly, unit, "CERTIFIED"), "CERTIFIED");
        cases.put(nomination(closedOnly, unit, "REJECTED"), "REJECTED");

        migrate(MigrationVersion.LATEST);

        cases.forEach((id, state) -> assertThat(jdbc.sql("SELECT state FROM nomination WHERE id = ?").param(id)
                .query(String.class).single()).as("case %d", id).isEqualTo(state));
        assertThat(jdbc.sql("SELECT id, open_person_id FROM nomination WHERE open_person_id IS NOT NULL ORDER BY id")
                .query((rs, n) -> rs.getLong(1) + "->" + rs.getLong(2)).list())
                .containsExactly(oldestOpen + "->" + twice, onlyOpen + "->" + once);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nomination WHERE open_person_id IS NOT NULL AND state IN " + CLOSED)
                .query(Long.class).single()).isZero();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO nomination (person_id, unit_id, state, ethnicity, political_status, education, occupation,
                  accomplishments, unit_opinion, created_by, created_at, updated_at, open_person_id)
                VALUES (?, ?, 'DRAFT', '', '', '', '', '', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)""")
                .params(once, unit, once).update())
                .isInstanceOf(DuplicateKeyException.class);
        long closedOnlyNew = jdbc.sql("""
                INSERT INTO nomination (person_id, unit_id, state, ethnicity, political_status, education, occupation,
                  accomplishments, unit_opinion, created_by, created_at, updated_at, open_person_id)
                VALUES (?, ?, 'DRAFT', '', '', '', '', '', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)""")
                .params(closedOnly, unit, closedOnly).update();
        assertThat(closedOnlyNew).as("closed cases do not hold the place").isEqualTo(1);
    }

    /** The newest migration older than {@code version}: Flyway wants a target that exists. */
    private static MigrationVersion lastBefore(MigrationVersion version) throws IOException {
        return java.util.Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> MigrationVersion.fromVersion(r.getFilename().substring(1, r.getFilename().indexOf("__"))))
                .filter(version::isNewerThan)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    private void migrate(MigrationVersion target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target);
        if (TestDatabaseIsolation.onPostgres()) {
            config.schemas(schema).defaultSchema(schema);
        }
        config.load().migrate();
    }

    private long person(long unit, String key) {
        jdbc.sql("""
                INSERT INTO person (name, name_initials, id_number_enc, id_number_index, birth_date, sex, phone_enc,
                  unit_id, created_at, updated_at)
                VALUES ('某人', ' mr ', 'enc', ?, DATE '1990-01-01', 'MALE', 'enc', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params("index-" + key, unit).update();
        return jdbc.sql("SELECT id FROM person WHERE id_number_index = ?").param("index-" + key).query(Long.class).single();
    }

    private long nomination(long person, long unit, String state) {
        jdbc.sql("""
                INSERT INTO nomination (person_id, unit_id, state, ethnicity, political_status, education, occupation,
                  accomplishments, unit_opinion, created_by, created_at, updated_at)
                VALUES (?, ?, ?, '', '', '', '', '', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(person, unit, state).update();
        return jdbc.sql("SELECT MAX(id) FROM nomination").query(Long.class).single();
    }
}
