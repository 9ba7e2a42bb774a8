package cn.jiangxin.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangxin.platform.RuleViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Many bookings of one slot at once, from one or more application nodes: every talent in a thread of their own, all
 * released together by a barrier, and some bookings sent twice with the same request key. Then the slot must hold
 * exactly its capacity, each booking's use counted once, nobody booked twice.
 */
final class BookingRace {

    private BookingRace() {
    }

    /** Books every person at once (the first {@code retries} twice with one key); answers the booking per attempt. */
    static List<Long> run(List<Bookings> nodes, long slotId, List<Long> persons, int retries, long by)
            throws Exception {
        int n = persons.size() + retries;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier barrier = new CyclicBarrier(n);
            List<String> keys = persons.stream().map(p -> UUID.randomUUID().toString()).toList();
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int person = i < persons.size() ? i : i - persons.size();
                Bookings node = nodes.get(i % nodes.size());
                futures.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        return node.book(persons.get(person), slotId, keys.get(person), by).id();
                    } catch (RuleViolationException | ConcurrencyFailureException | DuplicateKeyException refused) {
                        return -1L;
                    }
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : futures) {
                ids.add(f.get());
            }
            for (int r = 0; r < retries; r++) {
                long first = ids.get(r);
                long again = ids.get(persons.size() + r);
                if (first > 0 && again > 0) {
                    assertThat(again).as("a retry answers the same booking").isEqualTo(first);
                }
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The slot after the race: exactly its capacity booked, each booked talent's use counted once, nobody twice. */
    static void check(BookingFixture fx, long slotId, int capacity, List<Long> persons, List<Long> ids,
            LocalDate day) {
        Set<Long> booked = new HashSet<>(ids.stream().filter(id -> id > 0).toList());
        assertThat(booked).as("exactly the capacity").hasSize(capacity);
        assertThat(fx.seated(slotId)).as("rows booked").isEqualTo(capacity);
        assertThat(fx.held(slotId)).as("uses held").isEqualTo(capacity);
        List<Long> bookedPersons = fx.jdbc.sql("SELECT person_id FROM booking WHERE slot_id = ? AND status = 'BOOKED'")
                .param(slotId).query(Long.class).list();
        assertThat(new HashSet<>(bookedPersons)).as("nobody twice").hasSize(bookedPersons.size());
        for (long person : persons) {
            assertThat(fx.used(person, day)).as("uses of person " + person)
                    .isEqualTo(bookedPersons.contains(person) ? 1 : 0);
        }
    }
}
