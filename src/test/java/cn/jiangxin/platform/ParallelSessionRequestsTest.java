package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangxin.testsupport.BrowserTest;
import cn.jiangxin.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browsers send several requests of one session at once (htmx, tabs, double clicks). Each request that adds a
 * session attribute (the CSRF token, a flash message after a redirect) stores it when it ends, so parallel requests
 * store the same attribute of the same session concurrently. This runs the real server and Spring Session JDBC (H2 by
 * default, PostgreSQL with -Dtest.db=postgres): no request may fail for it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelSessionRequestsTest {

    static final int PARALLEL = 16;
    static final int ROUNDS = 20;
    private static final Pattern REVERSE = Pattern.compile("/ledger/allocations/(\\d+)/reverse");
    private static final Pattern REQUEST_KEY = Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);

    @AfterAll
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void sixteenParallelPagesOfOneSessionNeverAnswer500() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            WebClient browser = new WebClient(port).login("officer", BrowserTestSupport.DEMO_PASSWORD);
            statuses.addAll(atOnce(i -> browser.get(i % 2 == 0 ? "/" : "/nominations").statusCode()));
        }
        long failed = statuses.stream().filter(s -> s >= 500).count();
        System.out.println("parallel pages: " + failed + " of " + statuses.size() + " answered 5xx");
        assertThat(failed).as("answers 5xx of %d", statuses.size()).isZero();
        assertThat(statuses).hasSize(PARALLEL * ROUNDS).containsOnly(200);
    }

    /** The reversals of issue 10 answered 500 after saving: each leaves a flash message, added to the session. */
    @Test
    void parallelReversalsOfOneSessionAllGoBackToTheListAndReverseOnce() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            WebClient browser = new WebClient(port).login("finance", BrowserTestSupport.DEMO_PASSWORD);
            Matcher key = REQUEST_KEY.matcher(browser.get("/ledger/allocations").body());
            assertThat(key.find()).isTrue();
            String reference = "parallel-" + round + "-" + System.nanoTime();
            assertThat(browser.post("/ledger/allocations", Map.of("amount", "1", "reference", reference,
                    "allocatedOn", "2025-06-01", "requestKey", key.group(1))).statusCode()).isEqualTo(302);
            String page = browser.get("/ledger/allocations").body();
            Matcher m = REVERSE.matcher(page.substring(page.indexOf(reference)));
            assertThat(m.find()).isTrue();
            String reverse = m.group();
            statuses.addAll(atOnce(i -> browser.post(reverse, Map.of("reason", "并发冲正")).statusCode()));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry r JOIN budget_allocation a"
                    + " ON r.reverses_entry_id = a.entry_id WHERE a.reference = ?").param(reference)
                    .query(Long.class).single()).as("reversals of " + reference).isEqualTo(1);
        }
        long failed = statuses.stream().filter(s -> s >= 500).count();
        System.out.println("parallel reversals: " + failed + " of " + statuses.size() + " answered 5xx");
        assertThat(failed).as("answers 5xx of %d", statuses.size()).isZero();
        assertThat(statuses).hasSize(PARALLEL * ROUNDS).containsOnly(302);
    }

    interface Request {
        int send(int index) throws Exception;
    }

    private List<Integer> atOnce(Request request) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            int index = i;
            Callable<Integer> call = () -> {
                gate.await();
                return request.send(index);
            };
            answers.add(pool.submit(call));
        }
        gate.countDown();
        List<Integer> out = new ArrayList<>();
        for (Future<Integer> f : answers) {
            out.add(f.get());
        }
        return out;
    }
}
