package cn.jiangxin.payment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.jiangxin.audit.AuditTrail;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.identity.Role;
import cn.jiangxin.ledger.InsufficientBalanceException;
import cn.jiangxin.ledger.Ledger;
import cn.jiangxin.ledger.domain.BudgetLine;
import cn.jiangxin.platform.Money;
import cn.jiangxin.platform.NotFoundException;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment batches (maker-checker) over payables of every kind ({@link Payables}). A finance maker builds a batch from
 * ready payables, of one kind or mixed; a different finance user approves it, which commits each line's money on its
 * budget line in the ledger, or rejects it; the treasury's result is recorded per line. Every action takes an
 * idempotency key: the same key again returns the first result. Each is one transaction that locks its own rows
 * first (batch, then payables), then ledger accounts, and audits last, so concurrent attempts serialise without
 * deadlock.
 */
@Service
public class Batches {

    private final PaymentBatchStore batches;
    private final PayableKinds kinds;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Clock clock;

    Batches(PaymentBatchStore batches, PayableKinds kinds, Ledger ledger, AuditTrail audit, Clock clock) {
        this.batches = batches;
        this.kinds = kinds;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** All chosen payables go in, or none: a payable another batch took first refuses the whole batch. */
    @Transactional
    public PaymentBatch build(CurrentUser maker, List<PayableRef> chosen, String requestKey) {
        requireFinance(maker);
        var first = batches.byRequestKey(requestKey);
        if (first.isPresent()) {
            return sameMaker(first.get(), maker);
        }
        List<PayableRef> refs = List.copyOf(new LinkedHashSet<>(chosen == null ? List.of() : chosen));
        if (refs.isEmpty()) {
            throw new RuleViolationException("caseIds", "请至少选择一笔待支付的款项");
        }
        var inserted = batches.insertBatch(maker.accountId(), maker.username(), requestKey, clock.instant());
        if (inserted.isEmpty()) {
            return sameMaker(batches.byRequestKey(requestKey).orElseThrow(), maker);
        }
        long batchId = inserted.getAsLong();
        for (PayableRef ref : refs) {
            Payables kind = kinds.of(ref.kind());
            String label = kind.label(ref.id()).orElseThrow(() -> new NotFoundException("payable " + ref));
            Payable claimed = kind.claim(ref.id(), batchId).orElseThrow(() -> new RuleViolationException("caseIds",
                    label + "已不是待支付状态（可能已被其他批次选入），本批次未生成"));
            batches.insertLine(batchId, claimed);
        }
        batches.setTotals(batchId);
        PaymentBatch built = batches.find(batchId).orElseThrow();
        audit.recordChange("PAYMENT_BATCH_BUILT", "payment_batch", batchId, built.lineCount() + " lines "
                + built.totalYuan());
        return built;
    }

    /** The checker's approval commits every line's amount from its budget line; an overdraft refuses all of it. */
    @Transactional
    public PaymentBatch approve(CurrentUser checker, long batchId, String requestKey) {
        PaymentBatch b = requireDecidable(checker, batchId, requestKey, true);
        if (b.state() == PaymentBatch.State.SUBMITTED) {
            if (!batches.decide(batchId, PaymentBatch.State.APPROVED, checker.accountId(), checker.username(),
                    requestKey, null, clock.instant())) {
                return alreadyDecided(checker, batchId, requestKey, true);
            }
            List<BatchLine> lines = batches.lines(batchId);
            Map<BudgetLine, Long> need = new EnumMap<>(BudgetLine.class);
            lines.forEach(l -> need.merge(l.budgetLine(), l.amountFen(), Long::sum));
            Map<BudgetLine, Long> available = new EnumMap<>(BudgetLine.class);
            need.keySet().forEach(line -> available.put(line, ledger.balanceFen(line.budget())));
            // one budget line after another, in a fixed order, so two approvals lock the accounts alike
            List<BatchLine> ordered = new ArrayList<>(lines);
            ordered.sort(Comparator.comparing(BatchLine::budgetLine).thenComparing(BatchLine::id));
            for (BatchLine line : ordered) {
                try {
                    ledger.post(BatchPostings.commit(batchId, line));
                } catch (InsufficientBalanceException e) {
                    BudgetLine short_ = line.budgetLine();
                    throw new RuleViolationException("amount", "预算余额不足：可用" + Money.yuan(available.get(short_))
                            + "元，本批次需要" + Money.yuan(need.get(short_)) + "元（" + short_.chineseName()
                            + "）。批次未审批，未作任何记账。");
                }
            }
            long total = need.values().stream().mapToLong(Long::longValue).sum();
            audit.recordChange("PAYMENT_BATCH_APPROVED", "payment_batch", batchId, lines.size() + " lines "
                    + Money.yuan(total));
        }
        return batches.find(batchId).orElseThrow();
    }

    /** The checker sends the batch back: its payables are ready again for a later batch. */
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
            for (BatchLine line : batches.lines(batchId)) {
                kinds.of(line.payableKind()).released(line.payableId(), null);
            }
            batches.rejectLines(batchId);
            audit.recordChange("PAYMENT_BATCH_REJECTED", "payment_batch", batchId, why);
        }
        return batches.find(batchId).orElseThrow();
    }

    /**
     * Records the treasury's result for one line. PAID posts payable to paid-out under the payable's pay key and
     * lets its kind publish its paid event; FAILED reverses the line's commitment and makes the payable ready again.
     * A line has one result: a paid line is never paid again, whatever key is sent.
     */
    @Transactional
    public BatchLine recordResult(CurrentUser user, long batchId, long lineId, BatchLine.State outcome,
            String reason, String requestKey) {
        requireFinance(user);
        batches.lock(batchId);
        BatchLine line = batches.line(lineId).filter(l -> l.batchId() == batchId)
                .orElseThrow(() -> new NotFoundException("payment line " + lineId));
        if (outcome != BatchLine.State.PAID && outcome != BatchLine.State.FAILED) {
            throw new RuleViolationException("outcome", "请选择“已支付”或“支付失败”");
        }
        String why = reason == null ? "" : reason.strip();
        if (outcome == BatchLine.State.FAILED && (why.isEmpty() || why.length() > 500)) {
            throw new RuleViolationException("reason", "请填写失败原因（不超过500字），例如“账号户名不符”");
        }
        if (!batches.recordResult(lineId, outcome, requestKey, outcome == BatchLine.State.FAILED ? why : null,
                user.username(), clock.instant())) {
            return alreadyRecorded(line, outcome, requestKey);
        }
        Payables kind = kinds.of(line.payableKind());
        if (outcome == BatchLine.State.PAID) {
            if (!kind.paid(line.payableId(), batches.line(lineId).orElseThrow(), clock.instant())) {
                throw new IllegalStateException(line.payableKind() + " " + line.payableId()
                        + " of a pending line was not in a batch");
            }
            batches.completeIfDone(batchId);
            ledger.post(BatchPostings.pay(line));
        } else {
            kind.released(line.payableId(), why);
            batches.completeIfDone(batchId);
            long commitment = ledger.entry(BatchPostings.commitKey(lineId)).orElseThrow().id();
            ledger.reverse(commitment, "支付失败：" + why);
        }
        audit.recordChange("PAYMENT_RESULT_" + outcome.name(), "payment_line", lineId,
                line.payeeName() + " " + line.amountYuan() + (why.isEmpty() ? "" : " " + why));
        return batches.line(lineId).orElseThrow();
    }

    public PaymentBatch require(CurrentUser user, long batchId) {
        requireFinance(user);
        return batches.find(batchId).orElseThrow(() -> new NotFoundException("payment batch " + batchId));
    }

    public List<BatchLine> lines(CurrentUser user, long batchId) {
        require(user, batchId);
        return batches.lines(batchId);
    }

    /** The payment lines of one payable, for the pages that show its history. */
    public List<BatchLine> linesOf(String kind, long payableId) {
        return batches.linesOf(kind, payableId);
    }

    /** Every kind's ready payables, for the maker's choice. */
    public List<Payable> ready(CurrentUser user) {
        requireFinance(user);
        return kinds.all().stream().flatMap(k -> k.ready().stream()).toList();
    }

    /** The finance page of a line's payable. */
    public String href(BatchLine line) {
        return kinds.of(line.payableKind()).href(line.payableId());
    }

    public static void requireFinance(CurrentUser user) {
        if (!user.has(Role.FINANCE)) {
            throw new AccessDeniedException("finance only");
        }
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

    private BatchLine alreadyRecorded(BatchLine line, BatchLine.State outcome, String key) {
        BatchLine now = batches.line(line.id()).orElseThrow();
        if (now.state() == outcome && batches.resultKey(line.id()).map(key::equals).orElse(false)) {
            return now;
        }
        String message = switch (now.state()) {
            case PAID -> "该笔已记录为已支付，不能再次支付";
            case FAILED -> "该笔已记录为支付失败；请将该款项编入新的批次";
            case REJECTED -> "该批次已退回，不能记录支付结果";
            case PENDING -> "批次尚未审批，不能记录支付结果";
        };
        throw new RuleViolationException(message);
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
