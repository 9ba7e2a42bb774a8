package cn.jiangxin.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.JiangxinApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The base of a test of two application nodes on one database, with the demo data: two Spring contexts, started
 * before the class's tests and closed after, that share one schema through {@code jiangxin.test.schema}
 * ({@link TestDatabaseIsolation}): with {@code -Dtest.db=postgres} one PostgreSQL schema, on H2 one named in-memory
 * database, which every context of this JVM reaches by its name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TwoNodes {

    /** The two nodes. */
    protected final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeAll
    void startTwoNodes() {
        String schema = "jx_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        for (int i = 0; i < 2; i++) {
            contexts.add(new SpringApplicationBuilder(JiangxinApplication.class).profiles("demo")
                    .properties("jiangxin.test.schema=" + schema, "jiangxin.test.pool-size=12",
                            "spring.main.banner-mode=off")
                    .run("--server.port=0"));
        }
    }

    @AfterAll
    void stopNodes() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }
}
