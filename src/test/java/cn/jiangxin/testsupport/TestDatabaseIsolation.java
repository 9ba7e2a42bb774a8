package cn.jiangxin.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by default, or, when
 * the build runs with {@code -Dtest.db=postgres}, a fresh schema in the PostgreSQL database named by
 * {@code JIANGXIN_TEST_PG_URL} (default 127.0.0.1:5432/test). A test that needs two contexts on one database
 * sets {@code jiangxin.test.schema} itself.
 */
public class TestDatabaseIsolation implements EnvironmentPostProcessor {

    public static final String PG_URL = System.getenv().getOrDefault("JIANGXIN_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("test.db", "h2"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = environment.getProperty("jiangxin.test.schema",
                "jx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        Map<String, Object> props = new HashMap<>();
        if (onPostgres()) {
            props.put("spring.datasource.url", PG_URL + "?currentSchema=" + name + "&reWriteBatchedInserts=true");
            props.put("spring.datasource.username", System.getenv().getOrDefault("JIANGXIN_TEST_PG_USER", "postgres"));
            props.put("spring.datasource.password", System.getenv().getOrDefault("JIANGXIN_TEST_PG_PASSWORD", ""));
            props.put("spring.flyway.schemas", name);
            props.put("spring.flyway.default-schema", name);
            props.put("spring.flyway.create-schemas", "true");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        // the public address of the system (required outside the demo profile) is http://localhost, MockMvc's host,
        // unless a test sets jiangxin.test.public-base-url; set empty, application.yml alone decides
        String publicBaseUrl = environment.getProperty("jiangxin.test.public-base-url", "http://localhost");
        if (!publicBaseUrl.isEmpty()) {
            props.put("jiangxin.public-base-url", publicBaseUrl);
        }
        // staff second factor is off in tests unless a test asks for it with jiangxin.test.staff-second-factor=true
        props.put("jiangxin.security.staff-second-factor",
                environment.getProperty("jiangxin.test.staff-second-factor", "false"));
        // Spring caches up to 8 contexts per test JVM (src/test/resources/spring.properties); small pools keep them
        // well under PostgreSQL's 100 connections. A test that needs more sets the property itself.
        props.put("spring.datasource.hikari.maximum-pool-size",
                environment.getProperty("jiangxin.test.pool-size", "5"));
        props.put("spring.datasource.hikari.minimum-idle", "1");
        props.put("jiangxin.storage-dir", System.getProperty("java.io.tmpdir") + "/jiangxin-test/" + name);
        environment.getPropertySources().addFirst(new MapPropertySource("jiangxin-test-database", props));
    }
}
