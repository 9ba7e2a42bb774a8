package cn.jiangxin.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.ledger.domain.Entry;
import cn.jiangxin.ledger.domain.Posting;
import cn.jiangxin.ledger.domain.PostingLine;
import cn.jiangxin.payment.BankDetails;
import cn.jiangxin.payment.BatchLine;
import cn.jiangxin.payment.Batches;
import cn.jiangxin.payment.PayableRef;
import cn.jiangxin.payment.PaymentBatch;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.studio.StudioAssessed;
import cn.jiangxin.studio.StudioRevoked;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** BEN-3 funding from the studio's assessment to payment, with the rules that keep the money safe. */
@JiangxinTest
class StudioFundingFlowTest {

    @Autowired Staff staff;
    @Autowired Allocations allocations;
    @Autowired StudioFundings fundings;
    @Autowired Batches batches;
    @Autowired Ledger ledger;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    FundingFixture fx;
    CurrentUser finance;
    CurrentUser finance2;

    @BeforeEach
    void setUp() {
        fx = FundingFixture.create(staff, allocations);
        finance = staff.finance();
        finance2 = staff.finance2();
    }

    StudioFunding readyFunding(long fen) {
        StudioAssessed e = fx.assessed(fen);
        fundings.open(e);
        fundings.enterBankAccount(fx.officer(), fx.bank());
        return fundings.byKey(e.fundingKey()).orElseThrow();
    }

    @Test
    void theStudioModulesEventOpensTheFundingOnceThroughTheListenerAndAGradeWithoutMoneyOpensNothing() throws Exception {
        StudioAssessed e = fx.assessed(20_000_00L);
        transactions.executeWithoutResult(s -> events.publishEvent(e));
        StudioFunding opened = await(e.fundingKey());
        assertThat(opened.amountFen()).isEqualTo(20_000_00L);
        assertThat(opened.unitName()).isEqualTo(fx.unitName());
        assertThat(opened.state()).as("the unit has no bank account yet").isEqualTo(FundingState.AWAITING_BANK_DETAILS);
        assertThat(fundings.open(e)).as("redelivered").isFalse();
        assertThat(fundings.open(fx.assessed(e.studioId(), e.period(), 50_000_00L)))
                .as("a second assessment of the same studio and period").isFalse();
        assertThat(fundings.byKey(e.fundingKey()).orElseThrow().amountFen()).isEqualTo(20_000_00L);
        assertThat(fundings.open(fx.assessed(e.studioId(), "2027", 10_000_00L))).as("the next period").isTrue();

        StudioAssessed none = fx.assessed(0);
        assertThat(fundings.open(none)).isFalse();
        assertThat(fundings.byKey(none.fundingKey())).isEmpty();
        assertThat(audit.latest("", "studio_funding", String.valueOf(opened.id()), 5)).extracting(r -> r.action())
                .contains("STUDIO_FUNDING_OPENED");
    }

    @Test
    void theUnitsBankAccountIsEnteredByItsOfficerStoredEncryptedAndMakesItsFundingReady() {
        StudioAssessed e = fx.assessed(10_000_00L);
        fundings.open(e);
        assertThatThrownBy(() -> fundings.enterBankAccount(fx.officer(), new BankDetails("别的单位", "北京银行朝阳支行",
                "20000012345678901"))).isInstanceOf(RuleViolationException.class).hasMessageContaining("开户名须与单位名称");
        assertThatThrownBy(() -> fundings.enterBankAccount(finance, fx.bank())).isInstanceOf(AccessDeniedException.class);
        UnitBankAccount saved = fundings.enterBankAccount(fx.officer(), fx.bank());
        assertThat(saved.bankAccountMasked()).isEqualTo("2000 **** **** 8901");
        assertThat(jdbc.sql("SELECT bank_account_enc FROM unit_bank_account WHERE unit_id = ?").param(fx.unitId())
                .query(String.class).single()).startsWith("k1:").doesNotContain("20000012345678901");
        StudioFunding ready = fundings.byKey(e.fundingKey()).orElseThrow();
        assertThat(ready.state()).isEqualTo(FundingState.READY);
        assertThatThrownBy(() -> fundings.requireVisible(staff.officer2(), ready.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fundings.requireVisible(fx.officer(), ready.id()).id()).isEqualTo(ready.id());
        StudioAssessed later = fx.assessed(10_000_00L);
        fundings.open(later);
        assertThat(fundings.byKey(later.fundingKey()).orElseThrow().state()).as("the unit has an account")
                .isEqualTo(FundingState.READY);
    }

    @Test
    void aFailedPaymentIsReversedAndPaidInALaterBatchOnceWithTheTotalsFollowing() {
        fx.fundStudios(100_000_00L);
        StudioFunding f = readyFunding(30_000_00L);
        Totals before = totals();
        List<PayableRef> it = List.of(new PayableRef("STUDIO_FUNDING", f.id()));

        PaymentBatch batch = batches.build(finance, it, "b1-" + fx.token());
        assertThat(fundings.byKey(f.fundingKey()).orElseThrow().state()).isEqualTo(FundingState.IN_BATCH);
        batches.approve(finance2, batch.id(), "a1-" + fx.token());
        Totals committed = totals();
        assertThat(committed.availableFen()).isEqualTo(before.availableFen() - 30_000_00L);
        assertThat(committed.committedFen()).isEqualTo(before.committedFen() + 30_000_00L);
        assertThat(committed.allocatedFen()).isEqualTo(before.allocatedFen());

        BatchLine line = batches.lines(finance, batch.id()).get(0);
        assertThat(line.purpose()).contains("工作室建设资助资金").contains(f.studioNumber()).contains("2026");
        batches.recordResult(finance, batch.id(), line.id(), BatchLine.State.FAILED, "户名与账号不符", "f1-" + fx.token());
        StudioFunding failed = fundings.byKey(f.fundingKey()).orElseThrow();
        assertThat(failed.state()).isEqualTo(FundingState.READY);
        assertThat(failed.lastFailure()).isEqualTo("户名与账号不符");
        assertThat(totals()).as("the commitment was reversed").isEqualTo(before);

        PaymentBatch second = batches.build(finance2, it, "b2-" + fx.token());
        batches.approve(finance, second.id(), "a2-" + fx.token());
        BatchLine again = batches.lines(finance, second.id()).get(0);
        batches.recordResult(finance, second.id(), again.id(), BatchLine.State.PAID, null, "p2-" + fx.token());
        assertThat(fundings.byKey(f.fundingKey()).orElseThrow().state()).isEqualTo(FundingState.PAID);
        Totals paid = totals();
        assertThat(paid.paidFen()).isEqualTo(before.paidFen() + 30_000_00L);
        assertThat(paid.committedFen()).isEqualTo(before.committedFen());
        assertThat(paid.availableFen()).isEqualTo(before.availableFen() - 30_000_00L);
        assertThat(ledger.entry("PAY:" + f.fundingKey())).isPresent();
        assertThatThrownBy(() -> batches.build(finance, it, "b3-" + fx.token()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已不是待支付状态");
        assertThat(ledger.trialBalance().balanced()).isTrue();
    }

    @Test
    void anExhaustedStudioBudgetRefusesTheApprovalWithNothingWrittenAndTheRewardBudgetDoesNotPayIt() {
        fx.fundStudios(10_000_00L);
        StudioFunding f = readyFunding(40_000_00L);
        PaymentBatch batch = batches.build(finance, List.of(new PayableRef("STUDIO_FUNDING", f.id())),
                "x-" + fx.token());
        long available = ledger.balanceFen(BudgetLine.STUDIO_FUNDING.budget());
        // leave 10,000 yuan on the studio line, whatever other tests allocated to it
        Entry squeeze = ledger.post(new Posting("TEST:squeeze-studio:" + batch.id(), "test: leave 10,000 yuan", List.of(
                PostingLine.debit(BudgetLine.STUDIO_FUNDING.payable(), "TEST", available - 10_000_00L),
                PostingLine.credit(BudgetLine.STUDIO_FUNDING.budget(), null, available - 10_000_00L))));
        long entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        long rewardBudget = ledger.balanceFen(BudgetLine.REWARD.budget());

        assertThatThrownBy(() -> batches.approve(finance2, batch.id(), "xa-" + fx.token()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("预算余额不足：可用10,000.00元，本批次需要40,000.00元（工作室建设资助资金）。批次未审批，未作任何记账。");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single()).isEqualTo(entries);
        assertThat(batches.require(finance, batch.id()).state()).isEqualTo(PaymentBatch.State.SUBMITTED);
        assertThat(batches.lines(finance, batch.id())).extracting(BatchLine::state).containsOnly(BatchLine.State.PENDING);
        assertThat(ledger.balanceFen(BudgetLine.STUDIO_FUNDING.budget())).isEqualTo(10_000_00L);
        assertThat(ledger.balanceFen(BudgetLine.REWARD.budget())).as("another line's budget is not touched")
                .isEqualTo(rewardBudget);
        assertThat(ledger.trialBalance().balanced()).isTrue();

        ledger.reverse(squeeze.id(), "test done");
        assertThat(batches.approve(finance2, batch.id(), "xa-" + fx.token()).state())
                .isEqualTo(PaymentBatch.State.APPROVED);
    }

    @Test
    void aRevokedStudiosFundingNotYetInABatchIsCancelledWithTheReasonAndFundingInABatchIsKept() {
        fx.fundStudios(50_000_00L);
        StudioFunding inBatch = readyFunding(10_000_00L);
        batches.build(finance, List.of(new PayableRef("STUDIO_FUNDING", inBatch.id())), "r-" + fx.token());
        StudioAssessed next = fx.assessed(inBatch.studioId(), "2027", 10_000_00L);
        fundings.open(next);

        StudioRevoked revoked = new StudioRevoked(inBatch.studioId(), inBatch.studioNumber(), fx.unitId(), 1L,
                LocalDate.of(2026, 6, 1), "工作室负责人调离，未按期整改");
        assertThat(fundings.cancel(revoked)).isEqualTo(1);
        assertThat(fundings.cancel(revoked)).as("again: nothing more").isZero();
        StudioFunding cancelled = fundings.byKey(next.fundingKey()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(FundingState.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("工作室负责人调离，未按期整改");
        assertThat(fundings.byKey(inBatch.fundingKey()).orElseThrow().state()).isEqualTo(FundingState.IN_BATCH);
        assertThat(audit.latest("", "studio_funding", String.valueOf(cancelled.id()), 5)).extracting(r -> r.action())
                .contains("STUDIO_FUNDING_CANCELLED");
        assertThatThrownBy(() -> batches.build(finance, List.of(new PayableRef("STUDIO_FUNDING", cancelled.id())),
                "rc-" + fx.token())).hasMessageContaining("已不是待支付状态");
    }

    /** The studio funding budget line's money: available, committed and paid (the page shows these three). */
    record Totals(long availableFen, long committedFen, long paidFen) {

        long allocatedFen() {
            return availableFen + committedFen + paidFen;
        }
    }

    private Totals totals() {
        BudgetLine line = BudgetLine.STUDIO_FUNDING;
        return new Totals(ledger.balanceFen(line.budget()), ledger.balanceFen(line.payable()),
                ledger.balanceFen(line.paid()));
    }

    private StudioFunding await(String key) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var f = fundings.byKey(key);
            if (f.isPresent()) {
                return f.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no funding " + key);
    }
}
