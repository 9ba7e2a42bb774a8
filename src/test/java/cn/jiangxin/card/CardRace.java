package cn.jiangxin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import cn.jiangxin.identity.CurrentUser;

/**
 * Races 50 redemptions of card tokens from 50 threads over the given redeemers (one per node): released together by
 * a barrier, each answers the use it got or the refusal code.
 */
final class CardRace {

    static final int THREADS = 50;

    private CardRace() {
    }

    /** What each of the 50 requests got: the redemption id, or the refusal code. */
    static List<String> race(List<CardRedemptions> nodes, CurrentUser venue, IntFunction<String> token, String service,
            IntFunction<String> scanId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        var r = nodes.get(n % nodes.size()).redeem(venue, token.apply(n), service, scanId.apply(n));
                        return "use " + r.use().redemptionId() + " used " + r.use().usedThisYear();
                    } catch (CardRefused e) {
                        return e.refusal().name();
                    }
                }));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> answer : answers) {
                out.add(answer.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** 50 requests with one scan id: one use, every request the same answer. */
    static void oneScanIdRecordsOnce(List<CardRedemptions> nodes, CurrentUser venue, String token, String service)
            throws Exception {
        String scanId = UUID.randomUUID().toString();
        List<String> answers = race(nodes, venue, n -> token, service, n -> scanId);
        assertThat(answers).hasSize(THREADS).allMatch(a -> a.startsWith("use "));
        assertThat(answers.stream().distinct()).hasSize(1);
    }

    /**
     * 50 requests with their own scan ids against a service used without booking and a year's quota of {@code quota}:
     * {@code quota} uses, the rest QUOTA_EXHAUSTED.
     */
    static void theQuotaIsNeverExceeded(List<CardRedemptions> nodes, CurrentUser venue, String token, String service,
            int quota) throws Exception {
        List<String> answers = race(nodes, venue, n -> token, service, n -> UUID.randomUUID().toString());
        assertThat(answers.stream().filter(a -> a.startsWith("use "))).hasSize(quota);
        assertThat(answers.stream().filter("QUOTA_EXHAUSTED"::equals)).hasSize(THREADS - quota);
    }

    /**
     * 50 requests with their own scan ids for a service used by appointment, with one booking due today: one use
     * redeems the booking, the rest are walk-ins and refused BOOKING_REQUIRED.
     */
    static void aBookingIsRedeemedOnce(List<CardRedemptions> nodes, CurrentUser venue, String token, String service)
            throws Exception {
        List<String> answers = race(nodes, venue, n -> token, service, n -> UUID.randomUUID().toString());
        assertThat(answers.stream().filter(a -> a.startsWith("use "))).hasSize(1);
        assertThat(answers.stream().filter("BOOKING_REQUIRED"::equals)).hasSize(THREADS - 1);
    }
}
