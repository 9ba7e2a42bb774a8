package cn.jiangxin.platform;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are stored with an upsert. Requests of one session run in parallel (htmx, tabs); each saves the
 * attributes it added when it ends, and Spring Session's plain INSERT fails with a duplicate key when two of them
 * added the same one (a new CSRF token, the flash message after a redirect), answering 500 after the work was done.
 * The statement depends on the database the application actually talks to, not on a profile.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    /** H2's own upsert; PostgreSQL's {@code ON CONFLICT ... DO UPDATE} is not available in H2's PostgreSQL mode. */
    static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String product = databaseProduct(dataSource);
        return switch (product) {
            case "PostgreSQL" -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            case "H2" -> repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
            default -> throw new IllegalStateException("Sessions are stored in H2 or PostgreSQL only, not " + product);
        };
    }

    private static String databaseProduct(DataSource dataSource) {
        try {
            return JdbcUtils.commonDatabaseName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database stores the sessions", e);
        }
    }
}
