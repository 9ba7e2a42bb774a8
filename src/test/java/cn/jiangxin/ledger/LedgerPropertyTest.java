package cn.jiangxin.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.jiangxin.ledger.domain.Balances;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.testsupport.JiangxinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seeded random sequences of allocations, commitments, payments, failures (reversed commitments), reversed
 * allocations and retries against the real ledger, checked after every step against an in-memory model: each
 * stored balance equals the sum of its entry lines, the trial balance is zero, no account crosses zero, and the
 * database moved exactly as the model did (a refused posting moves nothing). A failing seed replays exactly.
 */
@JiangxinTest
class LedgerPropertyTest {

    static final String[] PARTIES = {"PERSON:1", "PERSON:2", "UNIT:1"};

    @Autowired Ledger ledger;
    @Autowired Allocations allocations;

    static long[] seeds() {
        return new long[] {1, 7, 42, 2025, 31337, 90210, 123456789, -5};
    }

    private record Open(Entry entry, String party, long fen) {
    }

    /** A funded budget to start from, as the demo's allocation gives (the same allocation each time: one key). */
    @BeforeEach
    void fundedBudget() {
        allocations.record(LedgerTest.FINANCE, new NewAllocation(100_000_000L, "属性测试期初拨款",
                LocalDate.of(2025, 3, 20)), "property-test-opening");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void balancesAlwaysEqualTheirEntriesAndTheTrialBalanceIsZero(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String run = "PROP:" + seed + ":" + System.nanoTime() + ":";
        Map<LedgerAccount, Long> start = signed();
        Balances model = new Balances();
        model.apply(opening(start));
        List<Open> commitments = new ArrayList<>();
        List<Allocation> funded = new ArrayList<>();
        List<Posting> done = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            String key = run + step;
            Posting posting = null;
            int op = random.nextInt(100);
            if (op < 20) {
                long fen = 1 + random.nextLong(3_000_000);
                Allocation a = allocations.record(LedgerTest.FINANCE, new NewAllocation(fen, "P" + step,
                        LocalDate.of(2025, 1, 1)), key.replace(":", "-").substring(0, Math.min(64, key.length())));
                assertThat(model.apply(allocationPosting(fen))).isTrue();
                funded.add(a);
            } else if (op < 55) {
                String party = PARTIES[random.nextInt(PARTIES.length)];
                long fen = 1 + random.nextLong(model.signed(LedgerAccount.REWARD_BUDGET) * 3 / 2 + 1);
                posting = LedgerTest.commit(key, party, fen);
                boolean allowed = model.apply(posting);
                if (attempt(posting) != allowed) {
                    throw new AssertionError("seed " + seed + " step " + step + ": ledger and model disagree on " + posting);
                }
                if (allowed) {
                    commitments.add(new Open(ledger.entry(key).orElseThrow(), party, fen));
                }
            } else if (op < 75 && !commitments.isEmpty()) {
                Open c = commitments.remove(random.nextInt(commitments.size()));
                posting = new Posting(key, "pay", List.of(PostingLine.debit(LedgerAccount.REWARD_PAID, c.party, c.fen),
                        PostingLine.credit(LedgerAccount.REWARD_PAYABLE, c.party, c.fen)));
                assertThat(model.apply(posting)).isTrue();
                ledger.post(posting);
            } else if (op < 87 && !commitments.isEmpty()) {
                Open c = commitments.remove(random.nextInt(commitments.size()));
                assertThat(model.apply(Posting.reversalOf(c.entry, "failed"))).isTrue();
                ledger.reverse(c.entry.id(), "failed");
            } else if (op < 94 && !funded.isEmpty()) {
                Allocation a = funded.get(random.nextInt(funded.size()));
                Posting reversal = Posting.reversalOf(ledger.entry(a.entryId()).orElseThrow(), "wrong");
                boolean allowed = ledger.reversalOf(a.entryId()).isEmpty() && model.apply(reversal);
                boolean written;
                try {
                    written = allocations.reverse(LedgerTest.FINANCE, a.id(), "wrong").id() > 0 && allowed;
                } catch (InsufficientBalanceException e) {
                    written = false;
                }
                assertThat(written).as("seed %d step %d reversal", seed, step).isEqualTo(allowed);
            } else if (!done.isEmpty()) {
                Posting again = done.get(random.nextInt(done.size()));
                ledger.post(again);
            }
            if (posting != null && ledger.entry(posting.businessKey()).isPresent()) {
                done.add(posting);
            }
            check(seed, step, model);
        }
        for (Open c : commitments) {
            ledger.reverse(c.entry.id(), "end of run");
        }
        long deficit = start.get(LedgerAccount.REWARD_BUDGET) - signed().get(LedgerAccount.REWARD_BUDGET);
        if (deficit > 0) {
            allocations.record(LedgerTest.FINANCE, new NewAllocation(deficit, "refill", LocalDate.of(2025, 1, 1)),
                    "refill-" + seed + "-" + System.nanoTime());
        }
    }

    /** The balances other tests left, as one balanced posting for the model to start from. */
    private static Posting opening(Map<LedgerAccount, Long> start) {
        List<PostingLine> lines = new ArrayList<>();
        start.forEach((a, v) -> {
            if (v != 0) {
                lines.add(new PostingLine(a, null, v));
            }
        });
        return new Posting("opening", "", lines);
    }

    private boolean attempt(Posting posting) {
        try {
            ledger.post(posting);
            return true;
        } catch (InsufficientBalanceException e) {
            return false;
        }
    }

    private void check(long seed, int step, Balances model) {
        TrialBalance tb = ledger.trialBalance();
        String at = "seed " + seed + " step " + step;
        assertThat(tb.differenceFen()).as(at).isZero();
        assertThat(tb.accounts()).as(at).allSatisfy(a -> {
            assertThat(a.signedFen()).as(at + " " + a.account()).isEqualTo(a.sumOfLinesFen());
            assertThat(a.normalFen()).as(at + " " + a.account()).isNotNegative();
        });
        Map<LedgerAccount, Long> now = signed();
        for (LedgerAccount a : LedgerAccount.values()) {
            assertThat(now.get(a)).as(at + " " + a).isEqualTo(model.signed(a));
        }
    }

    private Map<LedgerAccount, Long> signed() {
        Map<LedgerAccount, Long> out = new EnumMap<>(LedgerAccount.class);
        ledger.trialBalance().accounts().forEach(a -> out.put(a.account(), a.signedFen()));
        return out;
    }

    private static Posting allocationPosting(long fen) {
        return new Posting("model", "", List.of(PostingLine.debit(LedgerAccount.REWARD_BUDGET, null, fen),
                PostingLine.credit(LedgerAccount.BUDGET_FUNDING, null, fen)));
    }
}
