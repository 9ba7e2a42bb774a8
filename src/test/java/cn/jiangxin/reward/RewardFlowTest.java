package cn.jiangxin.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiangxin.payment.PaymentBatch;
import cn.jiangxin.payment.BankDetails;
import java.util.List;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.certification.TalentCertified;
import cn.jiangxin.identity.AccountRegistry;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import cn.jiangxin.policy.PolicyVersions;
import cn.jiangxin.ledger.Allocations;
import cn.jiangxin.person.People;
import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** BEN-1 from certification to payment, with the rules that keep the money safe. */
@JiangxinTest
class RewardFlowTest {

    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired RewardGrants grants;
    @Autowired RewardCases cases;
    @Autowired PaymentBatches batches;
    @Autowired Ledger ledger;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired AccountRegistry accounts;
    @Autowired PolicyVersions versions;

    RewardFixture fx;
    CurrentUser talent;
    CurrentUser officer;
    CurrentUser finance;
    CurrentUser finance2;

    @BeforeEach
    void setUp() {
        fx = new RewardFixture(jdbc, staff, people, accounts, allocations, versions);
        fx.fundBudget();
        talent = fx.talent("talent-liqiang", "刘强");
        officer = fx.user(Staff.OFFICER);
        finance = fx.user(Staff.FINANCE);
        finance2 = fx.user(Staff.FINANCE2);
    }

    /** Certifies a new gold of 刘强 and enters both bank accounts; returns the two case ids, person first. */
    List<Long> readyGold() {
        TalentCertified event = fx.goldFor("刘强");
        assertThat(grants.grant(event)).isEqualTo(2);
        String medal = event.worldSkillsGolds().get(0).medalKey();
        RewardCase person = byMedal(medal, BeneficiaryKind.PERSON);
        RewardCase unit = byMedal(medal, BeneficiaryKind.TRAINING_UNIT);
        cases.enterBankDetails(talent, person.id(), RewardFixture.bank("刘强"));
        cases.enterBankDetails(officer, unit.id(), RewardFixture.bank(RewardFixture.SCHOOL));
        return List.of(person.id(), unit.id());
    }

    RewardCase byMedal(String medal, BeneficiaryKind kind) {
        long id = jdbc.sql("SELECT id FROM reward_case WHERE medal_key = ? AND beneficiary_kind = ?")
                .params(medal, kind.name()).query(Long.class).single();
        return cases.requireVisible(finance, id);
    }

    @Test
    void aGoldMedalOpensTwoCasesWithThePolicyAmountsOnceHoweverOftenTheEventComes() {
        TalentCertified event = fx.goldFor("刘强");
        assertThat(grants.grant(event)).isEqualTo(2);
        assertThat(grants.grant(event)).isZero();
        TalentCertified later = fx.certification(event.personId(), event.worldSkillsGolds());
        assertThat(grants.grant(later)).isZero();

        String medal = event.worldSkillsGolds().get(0).medalKey();
        RewardCase person = byMedal(medal, BeneficiaryKind.PERSON);
        RewardCase unit = byMedal(medal, BeneficiaryKind.TRAINING_UNIT);
        var terms = versions.published(event.policyVersion()).orElseThrow().terms();
        assertThat(person.amountFen()).isEqualTo(terms.worldSkillsGoldPersonFen()).isEqualTo(10_000_000L);
        assertThat(unit.amountFen()).isEqualTo(terms.worldSkillsGoldTrainingUnitFen());
        assertThat(person.beneficiaryName()).isEqualTo("刘强");
        assertThat(unit.beneficiaryName()).isEqualTo(RewardFixture.SCHOOL);
        assertThat(unit.beneficiaryId()).isNotEqualTo(event.nominatingUnitId());
        assertThat(person.state()).isEqualTo(RewardState.AWAITING_BANK_DETAILS);
        assertThat(audit.latest("", "reward_case", String.valueOf(person.id()), 5)).extracting(r -> r.action())
                .contains("REWARD_CASE_OPENED");
    }

    @Test
    void bankDetailsAreEnteredByTheBeneficiaryOnlyStoredEncryptedAndShownMasked() {
        TalentCertified event = fx.goldFor("刘强");
        grants.grant(event);
        String medal = event.worldSkillsGolds().get(0).medalKey();
        long personCase = byMedal(medal, BeneficiaryKind.PERSON).id();
        long unitCase = byMedal(medal, BeneficiaryKind.TRAINING_UNIT).id();

        assertThatThrownBy(() -> cases.enterBankDetails(officer, personCase, RewardFixture.bank("刘强")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.enterBankDetails(talent, unitCase, RewardFixture.bank(RewardFixture.SCHOOL)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.enterBankDetails(fx.user(Staff.OFFICER2), unitCase,
                RewardFixture.bank(RewardFixture.SCHOOL))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.enterBankDetails(talent, personCase, RewardFixture.bank("张三")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("开户名须与受奖人名称“刘强”一致");
        assertThatThrownBy(() -> new BankDetails("刘强", "ICBC", "6222020200012345678"))
                .hasMessageContaining("开户银行");
        assertThatThrownBy(() -> new BankDetails("刘强", "中国工商银行", "6222-0202"))
                .hasMessageContaining("8至30位数字");
        assertThatThrownBy(() -> new BankDetails("刘强", "中国工商银行", "1234567")).hasMessageContaining("8至30位数字");

        RewardCase saved = cases.enterBankDetails(talent, personCase, RewardFixture.bank("刘强"));
        assertThat(saved.state()).isEqualTo(RewardState.READY);
        assertThat(saved.bankAccountMasked()).isEqualTo("6222 **** **** 5678");
        String stored = jdbc.sql("SELECT bank_account_enc FROM reward_case WHERE id = ?").param(personCase)
                .query(String.class).single();
        assertThat(stored).startsWith("k1:").doesNotContain("6222020200012345678");

        assertThat(cases.revealAccount(finance, personCase)).isEqualTo("6222020200012345678");
        assertThatThrownBy(() -> cases.revealAccount(talent, personCase))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(audit.latest("", "reward_case", String.valueOf(personCase), 10))
                .filteredOn(r -> r.action().equals("READ_BANK_ACCOUNT"))
                .extracting(r -> r.actor() + " " + r.outcome())
                .containsExactlyInAnyOrder(Staff.FINANCE + " SUCCESS", "talent-liqiang DENIED");
    }

    @Test
    void makerBuildsCheckerApprovesResultsAreRecordedAndAFailedCaseIsPaidInALaterBatch() {
        List<Long> ids = readyGold();
        long budgetBefore = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);

        PaymentBatch batch = batches.build(finance, ids, "build-" + ids.get(0));
        assertThat(batch.lineCount()).isEqualTo(2);
        assertThat(batch.totalFen()).isEqualTo(20_000_000L);
        assertThat(batches.build(finance, ids, "build-" + ids.get(0)).id()).as("same key, same batch")
                .isEqualTo(batch.id());
        assertThatThrownBy(() -> batches.build(finance2, ids, "another-" + ids.get(0)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已不是待支付状态");

        assertThatThrownBy(() -> batches.approve(finance, batch.id(), "approve-by-maker"))
                .hasMessage("制单人不能审批自己制作的批次，请由另一位财务人员审批");
        PaymentBatch approved = batches.approve(finance2, batch.id(), "approve-" + batch.id());
        assertThat(approved.state()).isEqualTo(PaymentBatch.State.APPROVED);
        assertThat(batches.approve(finance2, batch.id(), "approve-" + batch.id()).state())
                .as("a retry with the same key returns the first result").isEqualTo(PaymentBatch.State.APPROVED);
        assertThatThrownBy(() -> batches.approve(finance2, batch.id(), "approve-again-" + batch.id()))
                .hasMessageContaining("不能重复审批");
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budgetBefore - 20_000_000L);

        List<PaymentLine> lines = batches.lines(finance, batch.id());
        PaymentLine personLine = lines.stream().filter(l -> l.kind() == BeneficiaryKind.PERSON).findFirst().orElseThrow();
        PaymentLine unitLine = lines.stream().filter(l -> l.kind() == BeneficiaryKind.TRAINING_UNIT).findFirst().orElseThrow();
        batches.recordResult(finance, batch.id(), personLine.id(), PaymentLine.State.PAID, null, "paid-" + personLine.id());
        assertThat(batches.recordResult(finance, batch.id(), personLine.id(), PaymentLine.State.PAID, null,
                "paid-" + personLine.id()).state()).isEqualTo(PaymentLine.State.PAID);
        assertThatThrownBy(() -> batches.recordResult(finance2, batch.id(), personLine.id(), PaymentLine.State.PAID,
                null, "paid-again-" + personLine.id())).hasMessage("该笔已记录为已支付，不能再次支付");
        assertThatThrownBy(() -> batches.recordResult(finance2, batch.id(), personLine.id(), PaymentLine.State.FAILED,
                "账号错误", "fail-paid-" + personLine.id())).hasMessage("该笔已记录为已支付，不能再次支付");
        assertThatThrownBy(() -> batches.recordResult(finance, batch.id(), unitLine.id(), PaymentLine.State.FAILED,
                " ", "fail-" + unitLine.id())).hasMessageContaining("请填写失败原因");
        batches.recordResult(finance, batch.id(), unitLine.id(), PaymentLine.State.FAILED, "户名与账号不符",
                "fail-" + unitLine.id());

        assertThat(cases.requireVisible(finance, ids.get(0)).state()).isEqualTo(RewardState.PAID);
        RewardCase failed = cases.requireVisible(finance, ids.get(1));
        assertThat(failed.state()).isEqualTo(RewardState.READY);
        assertThat(failed.lastFailure()).isEqualTo("户名与账号不符");
        assertThat(batches.require(finance, batch.id()).state()).isEqualTo(PaymentBatch.State.COMPLETED);
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).as("the failed commitment was reversed")
                .isEqualTo(budgetBefore - 10_000_000L);
        assertThat(ledger.partyBalanceFen(LedgerAccount.REWARD_PAID, "PERSON:" + fx.person("刘强")))
                .isGreaterThanOrEqualTo(10_000_000L);

        PaymentBatch second = batches.build(finance2, List.of(ids.get(1)), "second-" + ids.get(1));
        batches.approve(finance, second.id(), "approve-" + second.id());
        PaymentLine again = batches.lines(finance, second.id()).get(0);
        batches.recordResult(finance, second.id(), again.id(), PaymentLine.State.PAID, null, "paid-" + again.id());
        assertThat(cases.requireVisible(officer, ids.get(1)).state()).isEqualTo(RewardState.PAID);
        assertThat(ledger.balanceFen(LedgerAccount.REWARD_BUDGET)).isEqualTo(budgetBefore - 20_000_000L);
        assertThat(ledger.trialBalance().balanced()).isTrue();
        assertThat(audit.latest("", "payment_batch", String.valueOf(batch.id()), 10)).extracting(r -> r.action())
                .contains("PAYMENT_BATCH_BUILT", "PAYMENT_BATCH_APPROVED");
    }

    @Test
    void aRejectedBatchReturnsItsCasesAndWritesNothingToTheLedger() {
        List<Long> ids = readyGold();
        long entriesBefore = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        PaymentBatch batch = batches.build(finance, ids, "reject-" + ids.get(0));
        assertThatThrownBy(() -> batches.reject(finance2, batch.id(), "", "r-" + batch.id()))
                .hasMessageContaining("请填写退回原因");
        assertThat(batches.reject(finance2, batch.id(), "金额待核实", "r-" + batch.id()).state())
                .isEqualTo(PaymentBatch.State.REJECTED);
        assertThatThrownBy(() -> batches.approve(finance2, batch.id(), "a-" + batch.id())).hasMessageContaining("不能重复审批");
        assertThat(ids).allSatisfy(id -> assertThat(cases.requireVisible(finance, id).state()).isEqualTo(RewardState.READY));
        assertThat(batches.lines(finance, batch.id())).extracting(PaymentLine::state).containsOnly(PaymentLine.State.REJECTED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single()).isEqualTo(entriesBefore);
        PaymentBatch next = batches.build(finance, ids, "after-reject-" + ids.get(0));
        assertThat(next.lineCount()).isEqualTo(2);
    }

    @Test
    void onlyFinanceWorksWithBatches() {
        List<Long> ids = readyGold();
        assertThatThrownBy(() -> batches.build(officer, ids, "officer-" + ids.get(0)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        PaymentBatch batch = batches.build(finance, ids, "fin-" + ids.get(0));
        assertThatThrownBy(() -> batches.approve(fx.user(Staff.APPROVER), batch.id(), "approver-" + batch.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> cases.enterBankDetails(talent, ids.get(0), RewardFixture.bank("刘强")))
                .hasMessageContaining("不能再修改");
    }
}
