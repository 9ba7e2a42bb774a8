package cn.jiangxin.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Runs n attempts at once (all threads wait at a gate, then go together) and sorts their outcomes. An attempt may
 * succeed, be refused by a rule (422), or lose a database race the way a retrying client would see it; anything
 * else is a defect and fails the test.
 */
public final class Race {

    public record Outcome(Object result, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private Race() {
    }

    public static List<Outcome> run(int n, IntFunction<Object> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return new Outcome(attempt.apply(index), null);
                    } catch (RuleViolationException | ConcurrencyFailureException | DuplicateKeyException expected) {
                        return new Outcome(null, expected);
                    }
                }));
            }
            gate.countDown();
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
