package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;

import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.TestDatabaseIsolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Proves the suite runs on the database the build asked for, with every migration applied. */
@JiangxinTest
class DatabaseMigrationTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void runsOnTheRequestedDatabaseWithEveryMigrationApplied() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            System.out.println("Test database: " + product + " " + c.getMetaData().getDatabaseProductVersion());
            assertThat(product).isEqualTo(TestDatabaseIsolation.onPostgres() ? "PostgreSQL" : "H2");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
}
