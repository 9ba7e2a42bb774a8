package cn.jiangxin.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.payment.BatchLine;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.payment.PayableRef;
import cn.jiangxin.payment.PaymentBatch;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.testsupport.Race;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The race scenario shared by the one-context and the two-context tests: 50 attempts each to open, build, approve
 * and pay one studio's funding for one period, spread over the given nodes, end with one funding, one batch, one
 * commitment and one payment, the budget line down by the amount once, and a balanced ledger; 50 more attempts to
 * batch the paid funding again are all refused.
 */
final class FundingConcurrency {

    static final int ATTEMPTS = 50;
    static final long FEN = 30_000_00L;

    /** The beans of one application context. */
    record Node(StudioFundings fundings, Batches batches, Ledger ledger, JdbcClient jdbc, FundingFixture fixture) {
    }

    private FundingConcurrency() {
    }

    static void raceOneStudioToPayment(List<Node> nodes) throws Exception {
        Node a = nodes.get(0);
        FundingFixture fx = a.fixture();
        CurrentUser finance = fx.staff().finance();
        CurrentUser finance2 = fx.staff().finance2();
        fx.fundStudios(FEN * 2);
        a.fundings().enterBankAccount(fx.officer(), fx.bank());
        long budgetBefore = a.ledger().balanceFen(BudgetLine.STUDIO_FUNDING.budget());

        StudioAssessed first = fx.assessed(FEN);
        // the same event redelivered, and other assessments of the same studio and period (a second node's)
        var opened = Race.run(ATTEMPTS, i -> node(nodes, i).fundings().open(i % 2 == 0 ? first
                : fx.assessed(first.studioId(), first.period(), FEN)));
        assertThat(opened).allMatch(Race.Outcome::succeeded);
        assertThat(opened).filteredOn(o -> Boolean.TRUE.equals(o.result())).hasSize(1);
        assertThat(count(a, "SELECT COUNT(*) FROM studio_funding WHERE funding_key = ?", first.fundingKey()))
                .isEqualTo(1);
        StudioFunding funding = a.fundings().byKey(first.fundingKey()).orElseThrow();
        assertThat(funding.state()).isEqualTo(FundingState.READY);
        List<PayableRef> it = List.of(new PayableRef(FundingPayables.KIND, funding.id()));

        String sharedKey = "race-build-" + first.fundingKey();
        var built = Race.run(ATTEMPTS, i -> node(nodes, i).batches().build(i % 2 == 0 ? finance : finance2, it,
                i % 5 == 0 ? sharedKey : "race-build-" + i + "-" + first.fundingKey()));
        assertThat(built.stream().filter(Race.Outcome::succeeded).map(o -> ((PaymentBatch) o.result()).id()).distinct())
                .as("every successful attempt got the one batch").hasSize(1);
        long batchId = built.stream().filter(Race.Outcome::succeeded).map(o -> ((PaymentBatch) o.result()).id())
                .findFirst().orElseThrow();
        PaymentBatch batch = a.batches().require(finance, batchId);
        CurrentUser checker = batch.madeBy(finance.accountId()) ? finance2 : finance;
        CurrentUser maker = batch.madeBy(finance.accountId()) ? finance : finance2;

        var approved = Race.run(ATTEMPTS, i -> node(nodes, i).batches().approve(i % 10 == 0 ? maker : checker, batchId,
                i % 3 == 0 ? "race-approve-" + batchId : "race-approve-" + i + "-" + batchId));
        assertThat(approved).anyMatch(Race.Outcome::succeeded);
        assertThat(approved).filteredOn(o -> !o.succeeded() && o.failure().getMessage().contains("制单人"))
                .hasSize(ATTEMPTS / 10);
        assertThat(count(a, "SELECT COUNT(*) FROM ledger_entry WHERE business_key = 'COMMIT:LINE:' || CAST(? AS"
                + " VARCHAR(20))", a.batches().lines(finance, batchId).get(0).id())).isEqualTo(1);

        long lineId = a.batches().lines(finance, batchId).get(0).id();
        var paid = Race.run(ATTEMPTS, i -> node(nodes, i).batches().recordResult(i % 2 == 0 ? finance : finance2,
                batchId, lineId, BatchLine.State.PAID, null,
                i % 4 < 2 ? "race-pay-" + lineId : "race-pay-" + i + "-" + lineId));
        assertThat(paid).anyMatch(Race.Outcome::succeeded);
        assertThat(paid).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure().getMessage())
                .satisfiesAnyOf(m -> assertThat(m).contains("不能再次支付"), m -> assertThat(o.failure())
                        .isNotInstanceOf(RuleViolationException.class)));

        var again = Race.run(ATTEMPTS, i -> node(nodes, i).batches().build(finance, it, "again-" + i + "-" + batchId));
        assertThat(again).noneMatch(Race.Outcome::succeeded);

        assertThat(count(a, "SELECT COUNT(*) FROM ledger_entry WHERE business_key = ?", "PAY:" + first.fundingKey()))
                .as("paid once").isEqualTo(1);
        assertThat(count(a, "SELECT COUNT(*) FROM payment_line WHERE paid_payable = ?",
                FundingPayables.KIND + ":" + funding.id())).isEqualTo(1);
        assertThat(count(a, "SELECT COUNT(*) FROM payment_line WHERE payable_kind = ? AND payable_id = ?",
                FundingPayables.KIND, funding.id())).isEqualTo(1);
        assertThat(a.fundings().byKey(first.fundingKey()).orElseThrow().state()).isEqualTo(FundingState.PAID);
        assertThat(a.ledger().balanceFen(BudgetLine.STUDIO_FUNDING.budget())).isEqualTo(budgetBefore - FEN);
        assertThat(a.ledger().partyBalanceFen(BudgetLine.STUDIO_FUNDING.paid(), "UNIT:" + fx.unitId())).isEqualTo(FEN);
        assertThat(a.ledger().partyBalanceFen(BudgetLine.STUDIO_FUNDING.payable(), "UNIT:" + fx.unitId())).isZero();
        assertThat(a.ledger().trialBalance().balanced()).isTrue();
    }

    private static Node node(List<Node> nodes, int attempt) {
        return nodes.get(attempt % nodes.size());
    }

    private static long count(Node a, String sql, Object... params) {
        return a.jdbc().sql(sql).params(params).query(Long.class).single();
    }
}
