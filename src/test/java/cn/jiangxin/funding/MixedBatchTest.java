package cn.jiangxin.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.payment.BatchLine;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.payment.PayableRef;
import cn.jiangxin.payment.PaymentBatch;
import cn.jiangxin.person.People;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.reward.RewardCases;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import cn.jiangxin.testsupport.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch mixing kinds: a WorldSkills gold reward of a unit (as training unit) and the same unit's studio funding.
 * Approval commits each on its own budget line, the payments post under each kind's pay key, the unit is paid both.
 */
@JiangxinTest
class MixedBatchTest {

    @Autowired Staff staff;
    @Autowired Allocations allocations;
    @Autowired StudioFundings fundings;
    @Autowired RewardCases rewards;
    @Autowired Batches batches;
    @Autowired Ledger ledger;
    @Autowired People people;
    @Autowired PolicyVersions versions;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void aRewardAndAStudioFundingGoInOneBatchEachOnItsBudgetLine() throws Exception {
        FundingFixture fx = FundingFixture.create(staff, allocations);
        fx.fundStudios(50_000_00L);
        allocations.record(staff.finance(), new cn.jiangxin.ledger.NewAllocation(200_000_00L, "京财〔2026〕" + fx.token(),
                LocalDate.of(2026, 1, 5)), UUID.randomUUID().toString());
        StudioAssessed assessed = fx.assessed(30_000_00L);
        fundings.open(assessed);
        fundings.enterBankAccount(fx.officer(), fx.bank());
        long fundingId = fundings.byKey(assessed.fundingKey()).orElseThrow().id();

        long personId = TestPeople.named(people, fx.officer(), FundingFixture.chinese("测试", 3), null);
        String medal = TalentCertified.WorldSkillsGold.keyOf(personId, LocalDate.of(2024, 9, 15)) + "-" + fx.token();
        String version = versions.inForceOn(LocalDate.of(2025, 6, 1)).orElseThrow().code();
        TalentCertified certified = new TalentCertified(800_000 + personId, personId, 1, fx.unitId(), version,
                LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1), List.of(new TalentCertified.WorldSkillsGold(medal,
                LocalDate.of(2024, 9, 15), "第47届世界技能大赛焊接项目金牌", fx.unitId())));
        transactions.executeWithoutResult(s -> events.publishEvent(certified));
        long rewardId = awaitUnitCase(medal);
        rewards.enterBankDetails(fx.officer(), rewardId, new BankDetails(fx.unitName(), "北京银行朝阳支行",
                "2000 0012 3456 7890 1"));

        long rewardBudget = ledger.balanceFen(BudgetLine.REWARD.budget());
        long studioBudget = ledger.balanceFen(BudgetLine.STUDIO_FUNDING.budget());
        PaymentBatch batch = batches.build(staff.finance(), List.of(new PayableRef("REWARD", rewardId),
                new PayableRef("STUDIO_FUNDING", fundingId)), "mixed-" + fx.token());
        assertThat(batch.lineCount()).isEqualTo(2);
        batches.approve(staff.finance2(), batch.id(), "mixed-ok-" + fx.token());
        long rewardFen = rewards.requireVisible(staff.finance(), rewardId).amountFen();
        assertThat(ledger.balanceFen(BudgetLine.REWARD.budget())).isEqualTo(rewardBudget - rewardFen);
        assertThat(ledger.balanceFen(BudgetLine.STUDIO_FUNDING.budget())).isEqualTo(studioBudget - 30_000_00L);

        List<BatchLine> lines = batches.lines(staff.finance(), batch.id());
        assertThat(lines).extracting(BatchLine::payableKind).containsExactlyInAnyOrder("REWARD", "STUDIO_FUNDING");
        for (BatchLine l : lines) {
            batches.recordResult(staff.finance(), batch.id(), l.id(), BatchLine.State.PAID, null, "paid-" + l.id());
        }
        assertThat(batches.require(staff.finance(), batch.id()).state()).isEqualTo(PaymentBatch.State.COMPLETED);
        assertThat(ledger.entry("PAY:" + medal + ":TRAINING_UNIT")).isPresent();
        assertThat(ledger.entry("PAY:" + assessed.fundingKey())).isPresent();
        assertThat(ledger.partyBalanceFen(BudgetLine.REWARD.paid(), "UNIT:" + fx.unitId())).isEqualTo(rewardFen);
        assertThat(ledger.partyBalanceFen(BudgetLine.STUDIO_FUNDING.paid(), "UNIT:" + fx.unitId())).isEqualTo(30_000_00L);
        assertThat(fundings.byKey(assessed.fundingKey()).orElseThrow().state()).isEqualTo(FundingState.PAID);
        assertThat(ledger.trialBalance().balanced()).isTrue();
        assertThat(awaitNotice("funding-paid:" + fundingId)).as("the unit's officer is told")
                .contains("30,000.00 元已于").contains("北京银行朝阳支行");
    }

    private long awaitUnitCase(String medal) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var id = jdbc.sql("SELECT id FROM reward_case WHERE medal_key = ? AND beneficiary_kind = 'TRAINING_UNIT'")
                    .param(medal).query(Long.class).optional();
            if (id.isPresent()) {
                return id.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reward case for " + medal);
    }

    private String awaitNotice(String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var body = jdbc.sql("SELECT body FROM notification WHERE event_key = ?").param(key).query(String.class).list();
            if (!body.isEmpty()) {
                return body.get(0);
            }
            Thread.sleep(100);
        }
        return "";
    }
}
