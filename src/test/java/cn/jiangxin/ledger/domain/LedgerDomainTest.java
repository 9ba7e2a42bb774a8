package cn.jiangxin.ledger.domain;

import static cn.jiangxin.ledger.domain.LedgerAccount.BUDGET_FUNDING;
import static cn.jiangxin.ledger.domain.LedgerAccount.REWARD_BUDGET;
import static cn.jiangxin.ledger.domain.LedgerAccount.REWARD_PAID;
import static cn.jiangxin.ledger.domain.LedgerAccount.REWARD_PAYABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ledger's rules without a database: lines, postings, reversals and balances. */
class LedgerDomainTest {

    static final long REWARD = 10_000_000L;

    @Test
    void aDebitLineIsPositiveAndACreditLineNegative() {
        PostingLine debit = PostingLine.debit(REWARD_PAYABLE, "PERSON:7", REWARD);
        PostingLine credit = PostingLine.credit(REWARD_BUDGET, null, REWARD);

        assertThat(debit.amountFen()).isEqualTo(REWARD);
        assertThat(debit.isDebit()).isTrue();
        assertThat(debit.debitYuan()).isEqualTo("100,000.00");
        assertThat(debit.creditYuan()).isEmpty();

        assertThat(credit.amountFen()).isEqualTo(-REWARD);
        assertThat(credit.isDebit()).isFalse();
        assertThat(credit.debitYuan()).isEmpty();
        assertThat(credit.creditYuan()).isEqualTo("100,000.00");
    }

    @Test
    void aLineOfOneFenIsADebitOrACredit() {
        assertThat(new PostingLine(REWARD_PAID, null, 1).isDebit()).isTrue();
        assertThat(new PostingLine(REWARD_PAID, null, -1).isDebit()).isFalse();
        assertThat(PostingLine.debit(REWARD_PAID, null, 1).amountFen()).isEqualTo(1);
        assertThat(PostingLine.credit(REWARD_PAID, null, 1).amountFen()).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -REWARD})
    void debitsAndCreditsAreGivenAsPositiveAmounts(long fen) {
        assertThatThrownBy(() -> PostingLine.debit(REWARD_BUDGET, null, fen))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> PostingLine.credit(REWARD_BUDGET, null, fen))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void aLineMovesMoneyAndNamesAnAccount() {
        assertThatThrownBy(() -> new PostingLine(REWARD_BUDGET, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostingLine(null, null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPartyIsTrimmedBlankMeansNoneAndSixtyCharactersIsTheLimit() {
        assertThat(PostingLine.debit(REWARD_PAYABLE, "  PERSON:7 ", 1).party()).isEqualTo("PERSON:7");
        assertThat(PostingLine.debit(REWARD_PAYABLE, "   ", 1).party()).isNull();
        assertThat(PostingLine.debit(REWARD_PAYABLE, null, 1).party()).isNull();
        assertThat(PostingLine.debit(REWARD_PAYABLE, "p".repeat(60), 1).party()).hasSize(60);
        assertThatThrownBy(() -> PostingLine.debit(REWARD_PAYABLE, "p".repeat(61), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPostingMustBalanceAndHaveTwoLines() {
        assertThatThrownBy(() -> new Posting("K", "", List.of(PostingLine.debit(REWARD_BUDGET, null, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two lines");
        assertThatThrownBy(() -> new Posting("K", "", List.of(PostingLine.debit(REWARD_BUDGET, null, 5),
                PostingLine.credit(BUDGET_FUNDING, null, 4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ by 1");
        assertThatThrownBy(() -> new Posting("K", "", List.of(PostingLine.debit(REWARD_BUDGET, null, Long.MAX_VALUE),
                PostingLine.debit(REWARD_BUDGET, null, 1), PostingLine.credit(BUDGET_FUNDING, null, 1))))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theBusinessKeyIsTrimmedAndAtMost120Characters() {
        assertThat(allocation("  ALLOC:1 ", 5).businessKey()).isEqualTo("ALLOC:1");
        assertThat(allocation("k".repeat(Posting.MAX_KEY), 5).businessKey()).hasSize(120);
        assertThatThrownBy(() -> allocation("k".repeat(Posting.MAX_KEY + 1), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocation("   ", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocation(null, 5)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theMemoIsTrimmedOptionalAndAtMost300Characters() {
        List<PostingLine> lines = allocation("K", 5).lines();
        assertThat(new Posting("K", null, lines).memo()).isEmpty();
        assertThat(new Posting("K", " 拨款 ", lines).memo()).isEqualTo("拨款");
        assertThat(new Posting("K", "m".repeat(300), lines).memo()).hasSize(300);
        assertThatThrownBy(() -> new Posting("K", "m".repeat(301), lines)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAmountOfAPostingIsTheSumOfItsDebits() {
        Posting split = new Posting("K", "", List.of(PostingLine.debit(REWARD_PAYABLE, "PERSON:1", 300),
                PostingLine.debit(REWARD_PAYABLE, "UNIT:2", 200), PostingLine.credit(REWARD_BUDGET, null, 500)));
        assertThat(split.amountFen()).isEqualTo(500);
        assertThat(split.reversesEntryId()).isNull();
    }

    @Test
    void deltasSumPerAccountInChartOrderAndLeaveOutAccountsThatDoNotMove() {
        Posting posting = new Posting("K", "", List.of(PostingLine.debit(REWARD_PAID, "PERSON:1", 300),
                PostingLine.credit(REWARD_PAYABLE, "PERSON:1", 300), PostingLine.debit(REWARD_BUDGET, null, 50),
                PostingLine.credit(REWARD_BUDGET, null, 50)));

        assertThat(posting.deltas()).containsExactly(java.util.Map.entry(REWARD_PAYABLE, -300L),
                java.util.Map.entry(REWARD_PAID, 300L));
    }

    @Test
    void aReversalNegatesEveryLineAndIsKeyedByTheEntryItReverses() {
        Entry entry = entry(41, null, allocation("ALLOC:1", REWARD).lines());

        Posting reversal = Posting.reversalOf(entry, "录入错误");

        assertThat(reversal.businessKey()).isEqualTo("REV:41");
        assertThat(reversal.reversesEntryId()).isEqualTo(41L);
        assertThat(reversal.memo()).isEqualTo("录入错误");
        assertThat(reversal.lines()).containsExactly(PostingLine.credit(REWARD_BUDGET, null, REWARD),
                PostingLine.debit(BUDGET_FUNDING, null, REWARD));
        assertThat(reversal.amountFen()).isEqualTo(REWARD);
    }

    @Test
    void aReversalIsNotReversed() {
        Entry reversal = entry(42, 41L, allocation("REV:41", 5).lines());
        assertThatThrownBy(() -> Posting.reversalOf(reversal, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not reversed");
    }

    @Test
    void sameLinesIgnoresOrderButNotContent() {
        Posting posting = allocation("K", 5);
        List<PostingLine> reversed = List.of(posting.lines().get(1), posting.lines().get(0));
        assertThat(posting.sameLinesAs(reversed)).isTrue();
        assertThat(posting.sameLinesAs(allocation("K", 6).lines())).isFalse();
        assertThat(posting.sameLinesAs(List.of(posting.lines().get(0)))).isFalse();
        assertThat(posting.sameLinesAs(List.of(posting.lines().get(0), posting.lines().get(0)))).isFalse();
    }

    @Test
    void anEntryTotalsItsDebitsAndCopiesItsLines() {
        Entry entry = entry(1, null, allocation("ALLOC:1", 123_456).lines());
        assertThat(entry.amountFen()).isEqualTo(123_456);
        assertThat(entry.amountYuan()).isEqualTo("1,234.56");
        assertThatThrownBy(() -> entry.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Entry(1, null, "", Instant.EPOCH, "x", null, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Entry(1, "K", "", null, "x", null, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void accountsKeepToTheirNormalSide() {
        assertThat(REWARD_BUDGET.normalSide()).isEqualTo(Side.DEBIT);
        assertThat(BUDGET_FUNDING.normalSide()).isEqualTo(Side.CREDIT);
        assertThat(REWARD_BUDGET.allows(0)).isTrue();
        assertThat(REWARD_BUDGET.allows(1)).isTrue();
        assertThat(REWARD_BUDGET.allows(-1)).isFalse();
        assertThat(BUDGET_FUNDING.allows(0)).isTrue();
        assertThat(BUDGET_FUNDING.allows(-1)).isTrue();
        assertThat(BUDGET_FUNDING.allows(1)).isFalse();
        assertThat(Side.DEBIT.normal(-7)).isEqualTo(-7);
        assertThat(Side.CREDIT.normal(-7)).isEqualTo(7);
    }

    @Test
    void everyAccountHasAChineseName() {
        assertThat(REWARD_BUDGET.chineseName()).isEqualTo("奖励预算可用额度");
        assertThat(BUDGET_FUNDING.chineseName()).isEqualTo("预算拨款来源");
        assertThat(REWARD_PAYABLE.chineseName()).isEqualTo("应付奖励");
        assertThat(REWARD_PAID.chineseName()).isEqualTo("已支付奖励");
    }

    @Test
    void balancesApplyAWholePostingOrNothing() {
        Balances balances = new Balances();
        assertThat(balances.apply(allocation("ALLOC:1", 500))).isTrue();
        assertThat(balances.signed(REWARD_BUDGET)).isEqualTo(500);
        assertThat(balances.signed(BUDGET_FUNDING)).isEqualTo(-500);

        Posting overdraw = new Posting("PAY", "", List.of(PostingLine.debit(REWARD_PAYABLE, "PERSON:1", 501),
                PostingLine.credit(REWARD_BUDGET, null, 501)));
        assertThat(balances.apply(overdraw)).isFalse();
        assertThat(balances.signed(REWARD_PAYABLE)).isZero();
        assertThat(balances.signed(REWARD_BUDGET)).isEqualTo(500);

        Posting exact = new Posting("PAY", "", List.of(PostingLine.debit(REWARD_PAYABLE, "PERSON:1", 500),
                PostingLine.credit(REWARD_BUDGET, null, 500)));
        assertThat(balances.apply(exact)).isTrue();
        assertThat(balances.signed(REWARD_BUDGET)).isZero();
        assertThat(balances.signed(REWARD_PAYABLE)).isEqualTo(500);
        assertThat(balances.signed(BUDGET_FUNDING) + balances.signed(REWARD_BUDGET) + balances.signed(REWARD_PAYABLE)
                + balances.signed(REWARD_PAID)).as("debits and credits still agree").isZero();
        assertThat(balances.signed(REWARD_PAID)).isZero();
    }

    private static Posting allocation(String key, long fen) {
        return new Posting(key, "", List.of(PostingLine.debit(REWARD_BUDGET, null, fen),
                PostingLine.credit(BUDGET_FUNDING, null, fen)));
    }

    private static Entry entry(long id, Long reverses, List<PostingLine> lines) {
        return new Entry(id, "K" + id, "", Instant.parse("2026-01-01T00:00:00Z"), "finance", reverses, lines);
    }
}
