package cn.jiangxin.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Nobody is favoured: 10,000 seeded draws of 3 experts (and 2 reserves) from one tier of 12 leading talents. Each
 * expert should be drawn 10,000 × 3 / 12 = 2,500 times and come first 10,000 / 12 ≈ 833 times. The tolerance: the
 * chi-square statistic over the 12 counts (11 degrees of freedom) must stay below 31.26, the critical value at
 * p = 0.001, so a fair draw fails this test once in a thousand seeds; the seed is fixed, so it does not flicker.
 */
class DrawDistributionTest {

    private static final int DRAWS = 10_000;
    private static final int EXPERTS = 12;
    private static final int WANTED = 3;
    private static final double CRITICAL_11_DF_P001 = 31.26;

    @Test
    void everyExpertOfOneTierIsDrawnAsOftenAsAnyOther() {
        Random random = new Random(Long.getLong("jiangxin.test.seed", 4_2026L));
        List<Candidate> tier = new ArrayList<>();
        for (int i = 1; i <= EXPERTS; i++) {
            tier.add(new Candidate(100 + i, 500 + i, 1, true, ExpertStatus.ACTIVE, Set.of(ExpertRole.PROJECT_REVIEW),
                    Set.of("焊工"), Set.of(), Set.of(), false));
        }
        long[] drawn = new long[EXPERTS];
        long[] first = new long[EXPERTS];
        for (int n = 0; n < DRAWS; n++) {
            NeedFacts need = new NeedFacts(n + 1, ExpertRole.PROJECT_REVIEW, Set.of("焊工"), LocalDate.of(2026, 6, 1),
                    Set.of(), Set.of(), WANTED, 2);
            VerifiableDraw.Outcome outcome = VerifiableDraw.draw(DrawPropertyTest.seed(random),
                    VerifiableDraw.snapshot(need, tier));
            outcome.drawn().forEach(id -> drawn[(int) (id - 101)]++);
            first[(int) (outcome.drawn().get(0) - 101)]++;
        }
        assertThat(chiSquare(drawn, (double) DRAWS * WANTED / EXPERTS)).isLessThan(CRITICAL_11_DF_P001);
        assertThat(chiSquare(first, (double) DRAWS / EXPERTS)).isLessThan(CRITICAL_11_DF_P001);
        for (long count : drawn) {
            assertThat(count).as("each within 10% of 2,500").isBetween(2_250L, 2_750L);
        }
    }

    @Test
    void aDrawThatFavouredOneExpertWouldFailTheTolerance() {
        long[] skewed = new long[EXPERTS];
        java.util.Arrays.fill(skewed, 2_500);
        skewed[0] = 2_700;
        skewed[1] = 2_300;
        assertThat(chiSquare(skewed, 2_500)).isGreaterThan(CRITICAL_11_DF_P001);
    }

    private static double chiSquare(long[] observed, double expected) {
        double sum = 0;
        for (long o : observed) {
            sum += (o - expected) * (o - expected) / expected;
        }
        return sum;
    }
}
