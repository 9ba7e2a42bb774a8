package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiangxin.testsupport.Race;
import cn.jiangxin.payment.PaymentBatch;
import java.util.List;

import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.LedgerAccount;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The race scenario shared by the one-context and the two-context tests: 50 attempts each to open, build, approve
 * and pay the same reward, spread over the given nodes, end with one case per beneficiary, one batch, one
 * commitment and one payment per case, and a balanced ledger.
 */
final class RewardConcurrency {

    static final int ATTEMPTS = 50;

    /** The beans of one application context. */
    record Node(RewardGrants grants, RewardCases cases, PaymentBatches batches, Ledger ledger, JdbcClient jdbc,
            RewardFixture fixture) {
    }

    private RewardConcurrency() {
    }

    static void raceOneRewardToPayment(List<Node> nodes, String talentUser, String talentName) throws Exception {
        Node a = nodes.get(0);
        RewardFixture fx = a.fixture();
        CurrentUser talent = fx.talent(talentUser, talentName);
        CurrentUser finance = fx.user(Staff.FINANCE);
        CurrentUser finance2 = fx.user(Staff.FINANCE2);
        fx.fundBudget();
        long budgetBefore = a.ledger().balanceFen(LedgerAccount.REWARD_BUDGET);

        TalentCertified event = fx.goldFor(talentName);
        String medal = event.worldSkillsGolds().get(0).medalKey();
        var opened = Race.run(ATTEMPTS, i -> node(nodes, i).grants().grant(event));
        assertThat(opened).allMatch(Race.Outcome::succeeded);
        assertThat(opened.stream().mapToInt(o -> (Integer) o.result()).sum()).isEqualTo(2);
        assertThat(count(a, "SELECT COUNT(*) FROM reward_case WHERE medal_key = ?", medal)).isEqualTo(2);

        long personCase = caseId(a, medal, BeneficiaryKind.PERSON);
        long unitCase = caseId(a, medal, BeneficiaryKind.TRAINING_UNIT);
        a.cases().enterBankDetails(talent, personCase, RewardFixture.bank(talentName));
        a.cases().enterBankDetails(fx.user(Staff.OFFICER), unitCase, RewardFixture.bank(RewardFixture.SCHOOL));

        List<Long> both = List.of(personCase, unitCase);
        String sharedKey = "race-build-" + medal;
        var built = Race.run(ATTEMPTS, i -> node(nodes, i).batches().build(i % 2 == 0 ? finance : finance2, both,
                i % 5 == 0 ? sharedKey : "race-build-" + i + "-" + medal));
        assertThat(built).anyMatch(Race.Outcome::succeeded);
        assertThat(built.stream().filter(Race.Outcome::succeeded).map(o -> ((PaymentBatch) o.result()).id()).distinct())
                .as("every successful attempt got the one batch").hasSize(1);
        long batchId = built.stream().filter(Race.Outcome::succeeded).map(o -> ((PaymentBatch) o.result()).id())
                .findFirst().orElseThrow();
        assertThat(count(a, "SELECT COUNT(*) FROM payment_line WHERE reward_case_id IN (?, ?)", personCase, unitCase))
                .isEqualTo(2);
        PaymentBatch batch = a.batches().require(finance, batchId);
        CurrentUser checker = batch.madeBy(finance.accountId()) ? finance2 : finance;
        CurrentUser maker = batch.madeBy(finance.accountId()) ? finance : finance2;

        var approved = Race.run(ATTEMPTS, i -> node(nodes, i).batches().approve(i % 10 == 0 ? maker : checker, batchId,
                i % 3 == 0 ? "race-approve-" + batchId : "race-approve-" + i + "-" + batchId));
        assertThat(approved).anyMatch(Race.Outcome::succeeded);
        assertThat(approved).filteredOn(o -> !o.succeeded() && o.failure().getMessage().contains("制单人"))
                .hasSize(ATTEMPTS / 10);
        assertThat(count(a, "SELECT COUNT(*) FROM ledger_entry WHERE business_key LIKE ?", "COMMIT:LINE:%")
                - commitsBefore(a, batchId)).isEqualTo(2);

        List<PaymentLine> lines = a.batches().lines(finance, batchId);
        var paid = Race.run(ATTEMPTS * 2, i -> node(nodes, i).batches().recordResult(i % 2 == 0 ? finance : finance2,
                batchId, lines.get(i % 2).id(), PaymentLine.State.PAID, null,
                i % 4 < 2 ? "race-pay-" + lines.get(i % 2).id() : "race-pay-" + i + "-" + batchId));
        assertThat(paid).anyMatch(Race.Outcome::succeeded);
        assertThat(paid).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure().getMessage())
                .satisfiesAnyOf(m -> assertThat(m).contains("不能再次支付"), m -> assertThat(o.failure())
                        .isNotInstanceOf(cn.jiangxin.platform.RuleViolationException.class)));

        for (BeneficiaryKind kind : BeneficiaryKind.values()) {
            assertThat(count(a, "SELECT COUNT(*) FROM ledger_entry WHERE business_key = ?",
                    "PAY:" + medal + ":" + kind.name())).as("one payment to " + kind).isEqualTo(1);
        }
        assertThat(count(a, "SELECT COUNT(*) FROM payment_line WHERE paid_case_id IN (?, ?)", personCase, unitCase))
                .isEqualTo(2);
        assertThat(a.cases().requireVisible(finance, personCase).state()).isEqualTo(RewardState.PAID);
        assertThat(a.ledger().partyBalanceFen(LedgerAccount.REWARD_PAYABLE, "PERSON:" + event.personId())).isZero();
        assertThat(a.ledger().balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budgetBefore - 20_000_000L);
        assertThat(a.ledger().trialBalance().balanced()).isTrue();
    }

    private static long commitsBefore(Node a, long batchId) {
        return count(a, "SELECT COUNT(*) FROM ledger_entry WHERE business_key LIKE ? AND business_key NOT IN "
                + "(SELECT 'COMMIT:LINE:' || CAST(id AS VARCHAR(20)) FROM payment_line WHERE batch_id = ?)",
                "COMMIT:LINE:%", batchId);
    }

    private static Node node(List<Node> nodes, int attempt) {
        return nodes.get(attempt % nodes.size());
    }

    private static long caseId(Node a, String medal, BeneficiaryKind kind) {
        return a.jdbc().sql("SELECT id FROM reward_case WHERE medal_key = ? AND beneficiary_kind = ?")
                .params(medal, kind.name()).query(Long.class).single();
    }

    private static long count(Node a, String sql, Object... params) {
        return a.jdbc().sql(sql).params(params).query(Long.class).single();
    }
}
