package cn.jiangxin.offering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many sign-ups for one offering at once, from one or more application nodes: every person signed up by their unit's
 * officer in a thread of their own, all released together, and some sign-ups sent twice with the same request key.
 * Then the offering must hold exactly its seats, the held seats kept for leading talents, everyone else waiting in
 * the order they arrived, and nobody signed up twice.
 */
final class SignUpRace {

    /** One application node: its service and the officer signed in there. */
    record Node(Offerings offerings, CurrentUser officer) {
    }

    private SignUpRace() {
    }

    /** Signs up every person at once (the first {@code retries} twice with one key); answers the enrolment ids. */
    static List<Long> run(List<Node> nodes, long offeringId, List<Long> people, int retries) throws Exception {
        int n = people.size() + retries;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<String> keys = people.stream().map(p -> UUID.randomUUID().toString()).toList();
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int person = i < people.size() ? i : i - people.size();
                Node node = nodes.get(i % nodes.size());
                futures.add(pool.submit(() -> {
                    gate.await();
                    return node.offerings().enrolEmployee(node.officer(), offeringId, people.get(person),
                            keys.get(person)).id();
                }));
            }
            gate.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : futures) {
                ids.add(f.get());
            }
            for (int r = 0; r < retries; r++) {
                assertThat(ids.get(people.size() + r)).as("a retry answers the same sign-up").isEqualTo(ids.get(r));
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The offering's sign-ups after the race: exactly its seats, held seats kept, the rest waiting in order. */
    static void check(JdbcClient jdbc, long offeringId, int seats, int held, Set<Long> leaders, int people) {
        record Row(long person, boolean leading, String status, int queue) {
        }
        List<Row> rows = jdbc.sql("SELECT person_id, leading_talent, status, queue_no FROM offering_enrolment"
                + " WHERE offering_id = ? ORDER BY queue_no").param(offeringId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4))).list();
        assertThat(rows).hasSize(people);
        assertThat(rows.stream().map(Row::person).distinct().count()).as("nobody twice").isEqualTo(people);
        assertThat(rows.stream().map(Row::queue).toList()).as("arrival order without gaps")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, people).boxed().toList());
        List<Row> seated = rows.stream().filter(r -> r.status().equals("ENROLLED")).toList();
        assertThat(seated).as("exactly the seats").hasSize(seats);
        assertThat(rows.stream().filter(r -> r.status().equals("WAITING")).count()).isEqualTo(people - seats);
        assertThat(rows.stream().filter(Row::leading).map(Row::person).toList())
                .containsExactlyInAnyOrderElementsOf(leaders);
        long leadersSeated = seated.stream().filter(Row::leading).count();
        assertThat(leadersSeated).as("the held seats went to leading talents")
                .isGreaterThanOrEqualTo(Math.min(held, leaders.size()));
        assertThat(seated.size() - leadersSeated).as("others never took a held seat").isLessThanOrEqualTo(seats - held);
        for (boolean leading : new boolean[] {true, false}) {
            int lastSeated = seated.stream().filter(r -> r.leading() == leading).mapToInt(Row::queue).max().orElse(0);
            int firstWaiting = rows.stream().filter(r -> r.leading() == leading && r.status().equals("WAITING"))
                    .mapToInt(Row::queue).min().orElse(Integer.MAX_VALUE);
            assertThat(lastSeated).as("seats in order of arrival (leading=" + leading + ")").isLessThan(firstWaiting);
        }
    }
}
