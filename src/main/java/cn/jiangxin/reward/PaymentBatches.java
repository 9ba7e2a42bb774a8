package cn.jiangxin.reward;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.ledger.InsufficientBalanceException;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.LedgerAccount;
import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment batches (maker-checker). A finance maker builds a batch from READY cases; a different finance user
 * approves it, which commits the money in the ledger, or rejects it; the treasury's result is recorded per line.
 * Every action takes an idempotency key: the same key again returns the first result. Each is one transaction that
 * locks its own rows first, then ledger accounts, and audits last, so concurrent attempts serialise without deadlock.
 */
@Service
class PaymentBatches {

    private final PaymentBatchStore batches;
    private final RewardCaseStore cases;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentBatches(PaymentBatchStore batches, RewardCaseStore cases, Ledger ledger, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.cases = cases;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** All chosen cases go in, or none: a case another batch took first refuses the whole batch. */
    @Transactional
    public PaymentBatch build(CurrentUser maker, List<Long> caseIds, String requestKey) {
        RewardCases.requireFinance(maker);
        var first = batches.byRequestKey(requestKey);
        if (first.isPresent()) {
            return sameMaker(first.get(), maker);
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(caseIds == null ? List.of() : caseIds));
        if (ids.isEmpty()) {
            throw new RuleViolationException("caseIds", "请至少选择一笔待支付的奖励");
        }
        var inserted = batches.insertBatch(maker.accountId(), maker.username(), requestKey, clock.instant());
        if (inserted.isEmpty()) {
            return sameMaker(batches.byRequestKey(requestKey).orElseThrow(), maker);
        }
        long batchId = inserted.getAsLong();
        for (long caseId : ids) {
            RewardCase before = cases.find(caseId).orElseThrow(() -> new NotFoundException("reward case " + caseId));
            if (!cases.claim(caseId, batchId)) {
                throw new RuleViolationException("caseIds", "奖励“" + before.beneficiaryName() + " " + before.medalKey()
                        + "”已不是待支付状态（可能已被其他批次选入），本批次未生成");
            }
            // read again under the claim's row lock, so holder, bank and account number come from one version
            RewardCase c = cases.find(caseId).orElseThrow();
            batches.insertLine(batchId, c, cases.encryptedAccount(caseId).orElseThrow());
        }
        batches.setTotals(batchId);
        PaymentBatch built = batches.find(batchId).orElseThrow();
        audit.recordChange("PAYMENT_BATCH_BUILT", "payment_batch", batchId, built.lineCount() + " lines "
                + built.totalYuan());
        return built;
    }

    /** The checker's approval commits every line's amount from the budget; an overdraft refuses all of it. */
    @Transactional
    public PaymentBatch approve(CurrentUser checker, long batchId, String requestKey) {
        PaymentBatch b = requireDecidable(checker, batchId, requestKey, true);
        if (b.state() == PaymentBatch.State.SUBMITTED) {
            if (!batches.decide(batchId, PaymentBatch.State.APPROVED, checker.accountId(), checker.username(),
                    requestKey, null, clock.instant())) {
                return alreadyDecided(checker, batchId, requestKey, true);
            }
            List<PaymentLine> lines = batches.lines(batchId);
            long total = lines.stream().mapToLong(PaymentLine::amountFen).sum();
            long available = ledger.balanceFen(LedgerAccount.REWARD_BUDGET);
            for (PaymentLine line : lines) {
                try {
                    ledger.post(RewardPostings.commit(batchId, line));
                } catch (InsufficientBalanceException e) {
                    throw new RuleViolationException("amount", "预算余额不足：可用" + Money.yuan(available)
                            + "元，本批次需要" + Money.yuan(total) + "元。批次未审批，未作任何记账。");
                }
            }
            audit.recordChange("PAYMENT_BATCH_APPROVED", "payment_batch", batchId, lines.size() + " lines "
                    + Money.yuan(total));
        }
        return batches.find(batchId).orElseThrow();
    }

    /** The checker sends the batch back: its cases are READY again for a later batch. */
    @Transactional
    public PaymentBatch reject(CurrentUser checker, long batchId, String reason, String requestKey) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RuleViolationException("reason", "请填写退回原因（不超过500字）");
        }
        PaymentBatch b = requireDecidable(checker, batchId, requestKey, false);
        if (b.state() == PaymentBatch.State.SUBMITTED) {
            if (!batches.decide(batchId, PaymentBatch.State.REJECTED, checker.accountId(), checker.username(),
                    requestKey, why, clock.instant())) {
                return alreadyDecided(checker, batchId, requestKey, false);
            }
            for (PaymentLine line : batches.lines(batchId)) {
                cases.release(line.rewardCaseId(), null);
            }
            batches.rejectLines(batchId);
            audit.recordChange("PAYMENT_BATCH_REJECTED", "payment_batch", batchId, why);
        }
        return batches.find(batchId).orElseThrow();
    }

    /**
     * Records the treasury's result for one line. PAID posts payable to paid-out under the medal's key; FAILED
     * reverses the line's commitment and returns the case to READY. A line has one result: a paid line is never
     * paid again, whatever key is sent. A payment publishes {@link RewardPaid}.
     */
    @Transactional
    public PaymentLine recordResult(CurrentUser user, long batchId, long lineId, PaymentLine.State outcome,
            String reason, String requestKey) {
        RewardCases.requireFinance(user);
        batches.lock(batchId);
        PaymentLine line = batches.line(lineId).filter(l -> l.batchId() == batchId)
                .orElseThrow(() -> new NotFoundException("payment line " + lineId));
        if (outcome != PaymentLine.State.PAID && outcome != PaymentLine.State.FAILED) {
            throw new RuleViolationException("outcome", "请选择“已支付”或“支付失败”");
        }
        String why = reason == null ? "" : reason.strip();
        if (outcome == PaymentLine.State.FAILED && (why.isEmpty() || why.length() > 500)) {
            throw new RuleViolationException("reason", "请填写失败原因（不超过500字），例如“账号户名不符”");
        }
        if (!batches.recordResult(lineId, outcome, requestKey, outcome == PaymentLine.State.FAILED ? why : null,
                user.username(), clock.instant())) {
            return alreadyRecorded(batchId, line, outcome, requestKey);
        }
        if (outcome == PaymentLine.State.PAID) {
            if (!cases.markPaid(line.rewardCaseId(), clock.instant())) {
                throw new IllegalStateException("case " + line.rewardCaseId() + " of a pending line was not in a batch");
            }
            batches.completeIfDone(batchId);
            ledger.post(RewardPostings.pay(line));
            events.publishEvent(paid(line));
        } else {
            cases.release(line.rewardCaseId(), why);
            batches.completeIfDone(batchId);
            long commitment = ledger.entry(RewardPostings.commitKey(lineId)).orElseThrow().id();
            ledger.reverse(commitment, "支付失败：" + why);
        }
        audit.recordChange("PAYMENT_RESULT_" + outcome.name(), "payment_line", lineId,
                line.beneficiaryName() + " " + line.amountYuan() + (why.isEmpty() ? "" : " " + why));
        return batches.line(lineId).orElseThrow();
    }

    public PaymentBatch require(CurrentUser user, long batchId) {
        RewardCases.requireFinance(user);
        return batches.find(batchId).orElseThrow(() -> new NotFoundException("payment batch " + batchId));
    }

    public List<PaymentLine> lines(CurrentUser user, long batchId) {
        require(user, batchId);
        return batches.lines(batchId);
    }

    /** The payment lines of a case, for the pages that show its history. */
    public List<PaymentLine> linesOfCase(long caseId) {
        return batches.linesOfCase(caseId);
    }

    private PaymentBatch requireDecidable(CurrentUser checker, long batchId, String requestKey, boolean approving) {
        PaymentBatch b = require(checker, batchId);
        if (b.madeBy(checker.accountId())) {
            throw new RuleViolationException("制单人不能审批自己制作的批次，请由另一位财务人员审批");
        }
        if (b.state() != PaymentBatch.State.SUBMITTED) {
            return alreadyDecidedBatch(checker, b, requestKey, approving);
        }
        return b;
    }

    private PaymentBatch alreadyDecided(CurrentUser checker, long batchId, String requestKey, boolean approving) {
        return alreadyDecidedBatch(checker, batches.find(batchId).orElseThrow(), requestKey, approving);
    }

    /** A repeat of the same decision with its key answers the first result; the key of a reject never approves. */
    private PaymentBatch alreadyDecidedBatch(CurrentUser checker, PaymentBatch b, String requestKey, boolean approving) {
        boolean sameDecision = approving == (b.state() != PaymentBatch.State.REJECTED);
        boolean repeat = sameDecision && b.state() != PaymentBatch.State.SUBMITTED && Objects.equals(b.checkerAccountId(),
                checker.accountId()) && batches.decideKey(b.id()).map(requestKey::equals).orElse(false);
        if (repeat) {
            return b;
        }
        throw new RuleViolationException("批次已由" + b.checkerName() + "处理（" + label(b.state())
                + "），不能重复审批");
    }

    private PaymentLine alreadyRecorded(long batchId, PaymentLine line, PaymentLine.State outcome, String key) {
        PaymentLine now = batches.line(line.id()).orElseThrow();
        if (now.state() == outcome && batches.resultKey(line.id()).map(key::equals).orElse(false)) {
            return now;
        }
        String message = switch (now.state()) {
            case PAID -> "该笔已记录为已支付，不能再次支付";
            case FAILED -> "该笔已记录为支付失败；请将该奖励编入新的批次";
            case REJECTED -> "该批次已退回，不能记录支付结果";
            case PENDING -> "批次尚未审批，不能记录支付结果";
        };
        throw new RuleViolationException(message);
    }

    private RewardPaid paid(PaymentLine line) {
        RewardCase c = cases.find(line.rewardCaseId()).orElseThrow();
        Instant at = c.paidAt() == null ? clock.instant() : c.paidAt();
        return new RewardPaid(c.id(), c.kind(), c.beneficiaryId(), c.personId(), c.beneficiaryName(),
                c.medalDescription(), line.amountFen(), line.bankName(), line.bankAccountMasked(),
                at.atZone(BeijingTime.ZONE).toLocalDate(), at);
    }

    private static String label(PaymentBatch.State state) {
        return switch (state) {
            case SUBMITTED -> "待审批";
            case APPROVED -> "已审批";
            case REJECTED -> "已退回";
            case COMPLETED -> "已完成";
        };
    }

    private static PaymentBatch sameMaker(PaymentBatch first, CurrentUser maker) {
        if (!first.madeBy(maker.accountId())) {
            throw new RuleViolationException("该请求编号已被使用，请刷新页面后重试");
        }
        return first;
    }
}
