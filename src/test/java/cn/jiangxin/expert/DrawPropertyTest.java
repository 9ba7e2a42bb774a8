package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A seeded property test (no library: {@link Random} with a fixed seed, repeatable): thousands of random pools,
 * needs and conflicts are screened and drawn. For every one: no drawn or reserve expert is excluded by any rule (the
 * rules restated here as an oracle), leading talents come first, the same seed and snapshot give the same result
 * whatever the pool's order, and the result recomputes from the audit record while another seed does not.
 */
class DrawPropertyTest {

    private static final long SEED = Long.getLong("jiangxin.test.seed", 20_261_129L);
    private static final int CASES = 10_000;
    private static final List<String> TRADES = List.of("焊工", "车工", "钳工", "电工", "数控车工");

    @Test
    void everyDrawOfRandomPoolsKeepsTheRulesThePriorityAndItsRecord() {
        Random random = new Random(SEED);
        int drawn = 0;
        int enoughLeading = 0;
        for (int n = 0; n < CASES; n++) {
            List<Candidate> pool = pool(random);
            NeedFacts need = need(random, n, pool);
            Screening.Result screened = Screening.screen(pool, need);
            if (screened.qualifying().size() < need.wanted() + need.reserves()) {
                continue; // the service refuses such a draw: too few qualify
            }
            drawn++;
            String snapshot = VerifiableDraw.snapshot(need, screened.qualifying());
            String seed = seed(random);
            VerifiableDraw.Outcome outcome = VerifiableDraw.draw(seed, snapshot);
            String why = "case " + n + " (seed " + SEED + ")";

            assertThat(outcome.drawn()).as(why).hasSize(need.wanted());
            assertThat(outcome.reserves()).as(why).hasSize(need.reserves());
            assertThat(new HashSet<>(outcome.all())).as(why).hasSize(outcome.all().size());
            for (long id : outcome.all()) {
                Candidate c = pool.stream().filter(p -> p.expertId() == id).findFirst().orElseThrow();
                assertThat(Screening.refusal(c, need)).as(why).isNull();
                assertThat(oracleAllows(c, need)).as(why + " expert " + id).isTrue();
            }
            long qualifyingLeading = screened.qualifying().stream().filter(Candidate::leading).count();
            List<Boolean> tiers = outcome.all().stream().map(id -> leading(pool, id)).toList();
            assertThat(tiers.indexOf(false) < 0 || !tiers.subList(tiers.indexOf(false), tiers.size()).contains(true))
                    .as(why + ": leading talents first").isTrue();
            if (qualifyingLeading >= need.wanted()) {
                enoughLeading++;
                assertThat(outcome.drawn().stream().allMatch(id -> leading(pool, id))).as(why).isTrue();
            }
            assertThat(tiers.stream().filter(t -> t).count()).as(why)
                    .isEqualTo(Math.min(qualifyingLeading, outcome.all().size()));

            List<Candidate> shuffled = new ArrayList<>(screened.qualifying());
            Collections.shuffle(shuffled, random);
            String again = VerifiableDraw.snapshot(need, shuffled);
            assertThat(again).as(why).isEqualTo(snapshot);
            assertThat(VerifiableDraw.draw(seed, again)).as(why).isEqualTo(outcome);

            DrawRecord record = new DrawRecord(need.needId(), VerifiableDraw.sm3(snapshot), VerifiableDraw.sm3(seed),
                    seed, outcome.drawn(), outcome.reserves());
            DrawRecord fromAudit = DrawRecord.parse(record.auditDetail());
            assertThat(fromAudit).as(why).isEqualTo(record);
            assertThat(fromAudit.recomputesFrom(snapshot)).as(why).isTrue();
            DrawRecord otherSeed = new DrawRecord(need.needId(), record.snapshotHash(), record.seedHash(),
                    seed(random), outcome.drawn(), outcome.reserves());
            assertThat(otherSeed.recomputesFrom(snapshot)).as(why + ": another seed fails the commitment").isFalse();
        }
        assertThat(drawn).as("cases that could be drawn").isGreaterThan(3_000);
        assertThat(enoughLeading).as("cases with enough leading talents").isGreaterThan(500);
    }

    /** The rules of art. 4 item 4 as the issue states them, written again independently of the rule classes. */
    private static boolean oracleAllows(Candidate c, NeedFacts need) {
        boolean conflict = !Collections.disjoint(c.conflictUnits(), need.concernedUnits())
                || !Collections.disjoint(c.conflictPeople(), need.concernedPeople());
        boolean trade = need.trades().isEmpty() || !Collections.disjoint(c.trades(), need.trades());
        return c.status() == ExpertStatus.ACTIVE && c.roles().contains(need.role()) && trade
                && !need.concernedUnits().contains(c.unitId()) && !need.concernedPeople().contains(c.personId())
                && !conflict && !c.engagedThatDay();
    }

    private static boolean leading(List<Candidate> pool, long id) {
        return pool.stream().filter(p -> p.expertId() == id).findFirst().orElseThrow().leading();
    }

    private static List<Candidate> pool(Random r) {
        int size = r.nextInt(40);
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long expertId = 1 + i * 3L + r.nextInt(3);
            ExpertStatus status = r.nextInt(6) == 0 ? ExpertStatus.values()[r.nextInt(4)] : ExpertStatus.ACTIVE;
            Set<ExpertRole> roles = EnumSet.noneOf(ExpertRole.class);
            for (ExpertRole role : ExpertRole.values()) {
                if (r.nextInt(3) > 0) {
                    roles.add(role);
                }
            }
            pool.add(new Candidate(expertId, 1000 + expertId, 1 + r.nextInt(6), r.nextInt(3) == 0, status, roles,
                    subset(r, TRADES, 2), ids(r, 1, 6, 0.1), ids(r, 1001, 1100, 0.02), r.nextInt(12) == 0));
        }
        return pool;
    }

    private static NeedFacts need(Random r, int n, List<Candidate> pool) {
        Set<Long> people = new HashSet<>();
        pool.stream().filter(c -> r.nextInt(10) == 0).forEach(c -> people.add(c.personId()));
        return new NeedFacts(n + 1, ExpertRole.values()[r.nextInt(4)], r.nextInt(4) == 0 ? Set.of()
                : subset(r, TRADES, 3), LocalDate.of(2026, 6, 1), ids(r, 1, 6, 0.2), people, 1 + r.nextInt(4),
                2 + r.nextInt(2));
    }

    private static Set<String> subset(Random r, List<String> from, int max) {
        Set<String> out = new HashSet<>();
        int k = 1 + r.nextInt(max);
        while (out.size() < k) {
            out.add(from.get(r.nextInt(from.size())));
        }
        return out;
    }

    private static Set<Long> ids(Random r, long first, long last, double chance) {
        Set<Long> out = new HashSet<>();
        for (long id = first; id <= last; id++) {
            if (r.nextDouble() < chance) {
                out.add(id);
            }
        }
        return out;
    }

    static String seed(Random r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
