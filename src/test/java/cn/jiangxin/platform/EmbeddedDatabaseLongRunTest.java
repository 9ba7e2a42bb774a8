package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import cn.jiangxin.testsupport.CatalogRows;
import cn.jiangxin.testsupport.TestDatabaseIsolation;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A long-running instance keeps taking writes after its pool has replaced every connection (ADR 0005): H2 2.4.240
 * refused every insert checked by a {@code CHECK (x IN (...))} constraint once the connection that ran the migrations
 * was closed, which Hikari does after 30 minutes. The test closes every pooled connection, the migrating one
 * included, proves none of them survives, and then inserts a row into every table that has a CHECK constraint.
 */
@SpringBootTest
@DirtiesContext
class EmbeddedDatabaseLongRunTest {

    @Autowired DataSource dataSource;

    @Test
    void everyTableWithACheckConstraintTakesInsertsAfterThePoolReplacedEveryConnection() throws Exception {
        Set<String> sessionsBefore = openSessions();
        HikariDataSource pool = (HikariDataSource) dataSource;
        pool.getHikariPoolMXBean().softEvictConnections();
        awaitClosed(sessionsBefore);

        try (Connection c = dataSource.getConnection()) {
            assertThat(stillOpen(c, sessionsBefore)).as("sessions that outlived the eviction").isEmpty();
            c.setAutoCommit(false);
            CatalogRows rows = new CatalogRows(c);
            Set<String> tables = rows.tablesWithCheckConstraints();
            assertThat(tables).as("tables with CHECK constraints").contains("policy_version", "nomination_file",
                    "ledger_account", "reward_case", "payment_batch", "payment_line", "entitlement", "unit", "person");

            List<String> failures = new ArrayList<>();
            Set<String> written = new TreeSet<>();
            for (String table : tables) {
                Savepoint before = c.setSavepoint();
                try {
                    rows.writeOne(table);
                    written.add(table);
                } catch (SQLException e) {
                    c.rollback(before);
                    failures.add(table + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            c.rollback();
            assertThat(failures).as("writes refused after the pool replaced its connections").isEmpty();
            assertThat(written).isEqualTo(tables);
        }
    }

    /**
     * The sessions that may have parsed the schema: on H2 every session of this context's private database (the
     * migrating one among them while it lives); on PostgreSQL the backends behind the pool's idle connections.
     */
    private Set<String> openSessions() throws SQLException {
        Set<String> ids = new HashSet<>();
        if (!TestDatabaseIsolation.onPostgres()) {
            try (Connection c = dataSource.getConnection()) {
                ids.addAll(column(c, "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS"));
            }
            return ids;
        }
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<Connection> held = new ArrayList<>();
        try {
            do {
                Connection c = dataSource.getConnection();
                held.add(c);
                ids.addAll(column(c, "SELECT pg_backend_pid()"));
            } while (pool.getHikariPoolMXBean().getIdleConnections() > 0);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        return ids;
    }

    /**
     * Soft eviction closes idle connections at once and the ones in use (the application's background jobs may hold
     * one at that moment) when they come back to the pool: waits, up to ten seconds, until none of the old sessions is
     * left.
     */
    private void awaitClosed(Set<String> sessions) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = dataSource.getConnection()) {
                if (stillOpen(c, sessions).isEmpty()) {
                    return;
                }
            }
            Thread.sleep(100);
            ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** Which of these sessions the database still has. */
    private static Set<String> stillOpen(Connection c, Set<String> sessions) throws SQLException {
        Set<String> live = new HashSet<>(column(c, TestDatabaseIsolation.onPostgres()
                ? "SELECT pid FROM pg_stat_activity" : "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS"));
        live.retainAll(sessions);
        return live;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
